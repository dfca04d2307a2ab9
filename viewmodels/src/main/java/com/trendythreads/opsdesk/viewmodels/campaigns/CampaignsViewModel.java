package com.trendythreads.opsdesk.viewmodels.campaigns;

import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The campaign list and its month calendar, from the cache, kept current while shown (a campaign that
/// arrives from the platform or is saved here shows without a reload).
public final class CampaignsViewModel implements Activatable {

    /// One day of the calendar grid with the campaigns running that day.
    public record CalendarDay(LocalDate date, boolean inMonth, List<CampaignRowItem> campaigns) {
    }

    private final CampaignsContext ctx;
    private final ObservableList<CampaignRowItem> rows = FXCollections.observableArrayList();
    private final ObservableList<CalendarDay> calendar = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<YearMonth> month = new SimpleObjectProperty<>();
    private final ObjectProperty<CampaignRowItem> selected = new SimpleObjectProperty<>();
    private final CoalescingLoad<List<CampaignRowItem>> load;
    private final Command previousMonth;
    private final Command nextMonth;
    private final CampaignEditorViewModel editor;
    private final CampaignResultsViewModel results;
    private ChangeBus.Subscription subscription;
    /// A campaign asked for by id (a link) before the list holding it is loaded.
    private String wanted;

    @Inject
    public CampaignsViewModel(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n, Clock clock) {
        this(CampaignsContext.of(sessionState, runner, notifier, i18n, clock));
    }

    public CampaignsViewModel(CampaignsContext ctx) {
        this.ctx = ctx;
        this.editor = new CampaignEditorViewModel(ctx);
        this.results = new CampaignResultsViewModel(ctx);
        CampaignFormat f = ctx.format();
        this.load = CoalescingLoad.latestOf(ctx.runner(), () -> {
            CampaignStatus status = statusFilter.get();
            return () -> ctx.data().campaigns().list(status).stream().map(c -> CampaignRowItem.of(c, f)).toList();
        }, this::show, e -> ctx.notifier().error(ctx.i18n().get("campaigns.loadFailed"), String.valueOf(e.getMessage())));
        month.set(YearMonth.from(ctx.clock().instant().atZone(CampaignFormat.SHOP_ZONE)));
        month.addListener((o, a, b) -> buildCalendar());
        statusFilter.addListener((o, a, b) -> load.run());
        previousMonth = Command.of(() -> month.set(month.get().minusMonths(1)));
        nextMonth = Command.of(() -> month.set(month.get().plusMonths(1)));
        selected.addListener((o, a, b) -> open(b));
        buildCalendar();
    }

    /// The selected campaign opens in the editor and its results show beside it.
    private void open(CampaignRowItem row) {
        if (row == null || row.id().equals(editor.editingIdProperty().get())) {
            return;
        }
        String id = row.id();
        BackgroundTask.of(() -> ctx.data().campaigns().get(id))
                .onSuccess(c -> c.ifPresent(editor::edit))
                .runWith(ctx.runner());
        results.show(id);
    }

    /// Opens the campaign with this id whatever the status filter (a link from another screen).
    public void open(String id) {
        wanted = id;
        if (statusFilter.get() != null) {
            statusFilter.set(null); // reloads
        } else {
            load.run();
        }
    }

    /// Whether "New campaign" is offered: the user may create campaigns (`createCampaign`).
    public boolean mayCreate() {
        return ctx.mayCreate();
    }

    /// An empty editor for a new campaign.
    public void newCampaign() {
        selected.set(null);
        editor.newCampaign();
    }

    public CampaignEditorViewModel editor() {
        return editor;
    }

    public CampaignResultsViewModel results() {
        return results;
    }

    @Override
    public void activate() {
        editor.loadSegments();
        results.activate();
        if (subscription == null) {
            subscription = ctx.data().campaigns().onChange(c -> ctx.runner().ui().dispatch(() -> {
                load.run();
                if (c.all() || c.table().equals("segments")) {
                    editor.loadSegments(); // the first sync may bring them after the screen opened
                }
            }));
        }
        load.run();
    }

    @Override
    public void deactivate() {
        results.deactivate();
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    public void reload() {
        load.run();
    }

    private void show(List<CampaignRowItem> items) {
        String keep = wanted != null ? wanted : selected.get() == null ? null : selected.get().id();
        wanted = null;
        rows.setAll(items);
        selected.set(keep == null ? null : items.stream().filter(i -> i.id().equals(keep)).findFirst().orElse(null));
        buildCalendar();
    }

    /// Six weeks from the Monday on or before the 1st, so the grid is always 6 × 7.
    private void buildCalendar() {
        YearMonth m = month.get();
        LocalDate first = m.atDay(1);
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        List<CalendarDay> days = new ArrayList<>(42);
        for (int i = 0; i < 42; i++) {
            LocalDate d = start.plusDays(i);
            days.add(new CalendarDay(d, YearMonth.from(d).equals(m), rows.stream().filter(r -> r.runsOn(d)).toList()));
        }
        calendar.setAll(days);
    }

    public ObservableList<CampaignRowItem> rows() {
        return rows;
    }

    public ObservableList<CalendarDay> calendar() {
        return calendar;
    }

    public ObjectProperty<CampaignStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public String monthTitle() {
        return month.get().atDay(1).format(java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy",
                ctx.format().locale()));
    }

    public ObjectProperty<CampaignRowItem> selectedProperty() {
        return selected;
    }

    public Command previousMonthCommand() {
        return previousMonth;
    }

    public Command nextMonthCommand() {
        return nextMonth;
    }

    /// The campaign behind a row, for the editor (blocking read of one row; call from background work).
    public java.util.Optional<Campaign> campaign(String id) {
        return ctx.data().campaigns().get(id);
    }
}
