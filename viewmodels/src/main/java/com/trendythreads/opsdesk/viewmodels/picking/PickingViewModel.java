package com.trendythreads.opsdesk.viewmodels.picking;

import com.trendythreads.opsdesk.api.dto.common.User;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.picking.LineSync;
import com.trendythreads.opsdesk.cache.picking.PickActions;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.DesktopActions;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The picking workspace: my pick lists at my warehouse, the pick screen of the one I work on, packing and
/// shipping, and my own rate. Everything reads the local cache and writes through the outbox, so it all
/// works offline; it reloads whenever pick lists, the outbox or conflicts change.
public final class PickingViewModel implements Activatable {

    /// Which part of the workspace shows.
    public enum Mode { LISTS, PICK, PACK }

    static final String SOUND_KEY = "picking.sound";
    private static final Set<PickListStatus> WORKABLE = EnumSet.of(PickListStatus.OPEN, PickListStatus.IN_PROGRESS);

    private final LocalData data;
    private final PickingContext ctx;
    private final Instant sessionStart;
    private final PickScreenViewModel pickScreen;
    private final PackViewModel pack;
    private final ObservableList<PickListItem> lists = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.LISTS);
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PickRate> rate = new ReadOnlyObjectWrapper<>(new PickRate(0, 0, 0));
    private final ReadOnlyStringWrapper rateText = new ReadOnlyStringWrapper("");
    private final BooleanProperty sound = new SimpleBooleanProperty();
    private final AtomicBoolean loading = new AtomicBoolean();
    private final AtomicBoolean dirty = new AtomicBoolean();
    private volatile User me;
    private ChangeBus.Subscription subscription;

    @Inject
    public PickingViewModel(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n, Clock clock,
            DesktopActions desktop, SettingsStore settings) {
        UserSession session = sessionState.current();
        this.data = session.data();
        this.sessionStart = clock.instant();
        this.ctx = new PickingContext(data, new PickActions(data.edits(), data.pickLists(), clock),
                new LineSync(data.db()), session.engine().map(SyncEngine::conflicts).orElse(null), runner, notifier,
                i18n, clock, desktop, session.user().username());
        this.pickScreen = new PickScreenViewModel(ctx);
        this.pack = new PackViewModel(ctx);
        sound.set(settings.get(SOUND_KEY).map(Boolean::parseBoolean).orElse(false));
        sound.addListener((o, a, b) -> settings.put(SOUND_KEY, Boolean.toString(b)));
        rate.addListener((o, a, r) -> rateText.set(i18n.get("picking.rate", Math.round(r.perHourSession()),
                r.lastHour(), r.sessionLines())));
        rateText.set(i18n.get("picking.rate", 0, 0, 0));
    }

    private record Snapshot(User me, List<PickListItem> lists, PickRate rate) {
    }

    @Override
    public void activate() {
        if (subscription == null) {
            Set<String> tables = new HashSet<>(LineSync.TABLES);
            tables.add(ResourceType.PICK_LIST.table());
            subscription = data.db().changes().subscribe(tables, c -> ctx.runner().ui().dispatch(this::refresh));
        }
        refresh();
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /// Loads my lists and rate again, and the open list's screen (coalesced while a load runs).
    public void refresh() {
        if (!loading.compareAndSet(false, true)) {
            dirty.set(true);
            return;
        }
        BackgroundTask.of(this::load)
                .onSuccess(s -> {
                    me = s.me();
                    location.set(s.me() == null || s.me().homeLocationId() == null ? "" : s.me().homeLocationId());
                    lists.setAll(s.lists());
                    rate.set(s.rate());
                })
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("picking.failed"), String.valueOf(e.getMessage())))
                .onFinished(() -> {
                    loading.set(false);
                    if (dirty.getAndSet(false)) {
                        refresh();
                    }
                })
                .runWith(ctx.runner());
        switch (mode.get()) {
            case PICK -> pickScreen.reload();
            case PACK -> pack.reload();
            case LISTS -> { }
        }
    }

    private Snapshot load() {
        User user = data.reference().userByUsername(ctx.username()).orElse(null);
        String loc = user == null ? null : user.homeLocationId();
        if (loc == null) {
            return new Snapshot(user, List.of(), PickRate.of(List.of(), sessionStart, ctx.clock().instant()));
        }
        List<PickListItem> items = new ArrayList<>();
        List<Instant> mine = new ArrayList<>();
        for (PickList l : data.pickLists().atLocation(loc, null)) {
            for (PickLine line : l.lines()) {
                if (ctx.username().equals(line.confirmedBy()) && line.confirmedAt() != null) {
                    mine.add(line.confirmedAt());
                }
            }
            boolean isMine = user.id().equals(l.assigneeId());
            if (l.status() == PickListStatus.SHIPPED || !(isMine || l.assigneeId() == null)) {
                continue;
            }
            int done = (int) l.lines().stream().filter(x -> x.status() != PickLine.Status.OPEN).count();
            items.add(new PickListItem(l.id(), l.wave(), l.status(),
                    ctx.i18n().get("picking.status." + l.status().name().toLowerCase(Locale.ROOT)), done,
                    l.lines().size(), l.orderIds().size(),
                    isMine ? ctx.i18n().get("picking.assignee.me") : ctx.i18n().get("picking.assignee.nobody"), isMine));
        }
        // Mine first, then the ones nobody has taken; oldest first within each.
        items.sort((a, b) -> Boolean.compare(b.mine(), a.mine()));
        return new Snapshot(user, items, PickRate.of(mine, sessionStart, ctx.clock().instant()));
    }

    /// Starts (or resumes) `item`: takes it when it is not mine yet, then shows its pick screen, or its packing
    /// screen once every line is done.
    public void open(PickListItem item) {
        if (item == null) {
            return;
        }
        User user = me;
        if (!item.mine() && WORKABLE.contains(item.status()) && user != null) {
            BackgroundTask.ofRunnable(() -> ctx.actions().assign(item.id(), user.id()))
                    .onSuccess(v -> refresh())
                    .onFailure(e -> ctx.notifier().error(ctx.i18n().get("picking.failed"), String.valueOf(e.getMessage())))
                    .runWith(ctx.runner());
        }
        if (WORKABLE.contains(item.status())) {
            pickScreen.show(item.id());
            mode.set(Mode.PICK);
        } else {
            pack.show(item.id());
            mode.set(Mode.PACK);
        }
    }

    /// From the pick screen to packing (every line done).
    public void toPacking() {
        PickList l = pickScreen.listProperty().get();
        if (l != null) {
            pack.show(l.id());
            mode.set(Mode.PACK);
        }
    }

    public void backToLists() {
        mode.set(Mode.LISTS);
        refresh();
    }

    public PickScreenViewModel pickScreen() {
        return pickScreen;
    }

    public PackViewModel pack() {
        return pack;
    }

    public ObservableList<PickListItem> lists() {
        return lists;
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /// My warehouse (the home location of my user record).
    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PickRate> rateProperty() {
        return rate.getReadOnlyProperty();
    }

    /// "42 lines/h this session · 17 in the last hour".
    public ReadOnlyStringProperty rateTextProperty() {
        return rateText.getReadOnlyProperty();
    }

    /// A sound with each scan (kept in the settings; off unless the picker turns it on).
    public BooleanProperty soundProperty() {
        return sound;
    }
}
