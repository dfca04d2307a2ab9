package com.trendythreads.opsdesk.viewmodels.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.api.service.AnalyticsApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.pricing.MarketContext;
import com.trendythreads.opsdesk.cache.pricing.PriceSuggestions;
import com.trendythreads.opsdesk.cache.pricing.PricingFacts;
import com.trendythreads.opsdesk.cache.pricing.PricingStore;
import com.trendythreads.opsdesk.cache.pricing.PricingThresholds;
import com.trendythreads.opsdesk.cache.pricing.Suggestion;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.Rounding;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The pricing workspace: a suggestion for every active style, computed from the cache, with its reasons,
/// the facts behind them and its elasticity; a what-if for the chosen one. Accepting suggestions plans ONE
/// catalog bulk price change ([#acceptedProperty], previewed, applied and undone by the catalog's bulk
/// change); rejecting one remembers it with its reason until its facts change. The floor's minimum margin is
/// set by a user who may read the audit log (MANAGER, ADMIN in the contract) — the people who answer for
/// margin, not the merchandisers whose markdowns it limits.
public final class PricingViewModel implements Activatable {

    /// An accepted set of suggestions as a planned bulk change: productId → field → new value.
    public record Accepted(Map<String, Map<String, JsonNode>> edits, String description, int floored) {
    }

    private final SessionState session;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Notifier notifier;
    private final Clock clock;
    private final PricingThresholds thresholds;
    private final ReasonText text;
    private final WhatIfViewModel whatIf;
    private final ObservableList<SuggestionItem> items = FXCollections.observableArrayList();
    private final BooleanProperty showHeld = new SimpleBooleanProperty(false);
    private final ObjectProperty<Rounding> rounding = new SimpleObjectProperty<>(Rounding.END_99);
    private final StringProperty minMargin = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper minMarginError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper context = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Accepted> accepted = new ReadOnlyObjectWrapper<>();
    private final Command saveMargin;
    private final Command refresh;
    private List<SuggestionItem> all = List.of();
    private int savedMargin;
    private SuggestionItem selected;

    @Inject
    public PricingViewModel(SessionState session, TaskRunner runner, I18n i18n, Notifier notifier) {
        this(session, runner, i18n, notifier, Clock.systemUTC(), PricingThresholds.defaults());
    }

    public PricingViewModel(SessionState session, TaskRunner runner, I18n i18n, Notifier notifier, Clock clock,
            PricingThresholds thresholds) {
        this.session = session;
        this.runner = runner;
        this.i18n = i18n;
        this.notifier = notifier;
        this.clock = clock;
        this.thresholds = thresholds;
        this.text = new ReasonText(i18n);
        this.whatIf = new WhatIfViewModel(i18n);
        savedMargin = thresholds.defaultMinMarginPercent();
        minMargin.set(String.valueOf(savedMargin));
        minMargin.addListener((o, a, b) -> checkMargin());
        showHeld.addListener((o, a, b) -> filter());
        rounding.addListener((o, a, b) -> select(selected));
        saveMargin = Command.of(this::saveMargin, Bindings.createBooleanBinding(
                () -> mayCall("listAuditEvents") && minMarginError.get().isEmpty(), minMarginError));
        refresh = Command.of(this::load, loading.not());
    }

    private boolean mayCall(String op) {
        SessionUser u = session.current().user();
        return u != null && u.may(op);
    }

    @Override
    public void activate() {
        load();
    }

    @Override
    public void deactivate() {
        // nothing follows the cache live: the figures are of the moment they were computed (Refresh)
    }

    private record Loaded(List<Suggestion> suggestions, Map<String, PricingStore.Rejection> rejections,
            int minMargin, MarketContext.Snapshot context) {
    }

    /// Computes every style's suggestion from the cache (in the background).
    public void load() {
        LocalData data = session.current().data();
        Supplier<AnalyticsApi> api = session.current().engine().filter(e -> mayCall("getExternalContext"))
                .filter(PricingViewModel::reaches).<Supplier<AnalyticsApi>>map(e -> () -> e.service(AnalyticsApi.class))
                .orElse(null);
        loading.set(true);
        BackgroundTask.of(() -> {
                    LocalDate today = LocalDate.now(clock.withZone(SalesCalendar.ZONE));
                    MarketContext.Snapshot ctx = MarketContext.load(data.db(), api, today, clock.instant());
                    var styles = PricingFacts.load(data.db(), today, SalesCalendar.ZONE, thresholds, ctx.byCategory());
                    PricingStore store = new PricingStore(data.db());
                    return new Loaded(PriceSuggestions.of(styles, thresholds), store.rejections(),
                            store.minMarginPercent().orElse(thresholds.defaultMinMarginPercent()), ctx);
                })
                .onSuccess(this::show)
                .onFailure(e -> notifier.error(i18n.get("pricing.title"), i18n.get("pricing.loadFailed", e.getMessage())))
                .onFinished(() -> loading.set(false))
                .runWith(runner);
    }

    private static boolean reaches(SyncEngine e) {
        Connectivity c = e.connectivity();
        return c == Connectivity.ONLINE || c == Connectivity.DEGRADED;
    }

    private void show(Loaded l) {
        List<SuggestionItem> list = new ArrayList<>();
        int hidden = 0;
        for (Suggestion s : l.suggestions()) {
            PricingStore.Rejection r = l.rejections().get(s.facts().productId());
            if (r != null && r.factsKey().equals(s.factsKey())) {
                hidden++;
                continue;
            }
            list.add(new SuggestionItem(s, i18n, text));
        }
        all = List.copyOf(list);
        savedMargin = l.minMargin();
        minMargin.set(String.valueOf(savedMargin));
        long changes = all.stream().filter(i -> actionable(i.suggestion())).count();
        summary.set(i18n.get("pricing.summary", l.suggestions().size(), changes, hidden));
        context.set(l.context().fetchedAt() == null ? i18n.get("pricing.context.none")
                : i18n.get(l.context().fresh() ? "pricing.context.fresh" : "pricing.context.stored",
                        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                                .format(l.context().fetchedAt().atZone(ZoneId.systemDefault()))));
        filter();
    }

    private static boolean actionable(Suggestion s) {
        return s.changesPrice() || s.kind() == Suggestion.Kind.STOP_DISCOUNTING;
    }

    private void filter() {
        items.setAll(all.stream().filter(i -> showHeld.get() || actionable(i.suggestion())).toList());
    }

    private void checkMargin() {
        String t = minMargin.get() == null ? "" : minMargin.get().strip();
        try {
            int v = Integer.parseInt(t);
            minMarginError.set(v < 0 || v > 90 ? i18n.get("pricing.margin.range") : "");
        } catch (NumberFormatException e) {
            minMarginError.set(i18n.get("pricing.margin.range"));
        }
    }

    private void saveMargin() {
        int v = Integer.parseInt(minMargin.get().strip());
        LocalData data = session.current().data();
        String user = session.current().user().username();
        BackgroundTask.ofRunnable(() -> new PricingStore(data.db()).setMinMarginPercent(v, user, clock.instant()))
                .onSuccess(x -> {
                    savedMargin = v;
                    notifier.info(i18n.get("pricing.margin.saved", v));
                })
                .runWith(runner);
    }

    /// Plans one bulk price change of the chosen suggestions that change a price (held ones are skipped),
    /// rounded to [#roundingProperty] and floored at cost + the saved minimum margin.
    public void accept(List<SuggestionItem> chosen) {
        List<Suggestion> picked = chosen.stream().map(SuggestionItem::suggestion).filter(PricingViewModel::actionable).toList();
        if (picked.isEmpty() || !mayAccept()) {
            return;
        }
        LocalData data = session.current().data();
        Rounding r = rounding.get();
        int margin = savedMargin;
        BackgroundTask.of(() -> {
                    Map<String, Map<String, JsonNode>> edits = new LinkedHashMap<>();
                    int floored = 0;
                    for (Suggestion s : picked) {
                        Product p = data.products().get(s.facts().productId()).orElse(null);
                        if (p == null) {
                            continue;
                        }
                        SuggestedPrices.Plan plan = SuggestedPrices.of(p, s, r, margin);
                        floored += plan.floored();
                        if (!plan.fields().isEmpty()) {
                            edits.put(p.id(), plan.fields());
                        }
                    }
                    String description = i18n.get("pricing.job", picked.size(), i18n.get("bulk.rounding." + r.name()), margin);
                    return new Accepted(edits, description, floored);
                })
                .onSuccess(a -> {
                    accepted.set(a);
                    if (a.floored() > 0) {
                        notifier.info(i18n.get("pricing.floored", a.floored()));
                    }
                })
                .runWith(runner);
    }

    /// Remembers the chosen suggestions as rejected with `reason`; they come back when their facts change.
    public void reject(List<SuggestionItem> chosen, String reason) {
        if (chosen.isEmpty() || reason == null || reason.isBlank()) {
            return;
        }
        LocalData data = session.current().data();
        String user = session.current().user().username();
        List<Suggestion> picked = chosen.stream().map(SuggestionItem::suggestion).toList();
        BackgroundTask.ofRunnable(() -> {
                    PricingStore store = new PricingStore(data.db());
                    picked.forEach(s -> store.reject(s, reason.strip(), user, clock.instant()));
                })
                .onSuccess(x -> {
                    notifier.info(i18n.get("pricing.rejected", picked.size()));
                    load();
                })
                .runWith(runner);
    }

    /// The row the what-if shows.
    public void select(SuggestionItem item) {
        selected = item;
        whatIf.show(item == null ? null : item.suggestion(), rounding.get(), savedMargin);
    }

    /// Whether this user may accept (the catalog's updateProduct).
    public boolean mayAccept() {
        return mayCall("updateProduct");
    }

    public boolean mayEditMargin() {
        return mayCall("listAuditEvents");
    }

    public ObservableList<SuggestionItem> items() { return items; }
    /// Show held styles too (by default only the suggestions that change something).
    public BooleanProperty showHeldProperty() { return showHeld; }
    public ObjectProperty<Rounding> roundingProperty() { return rounding; }
    /// The floor's minimum margin in percent of the price, as typed.
    public StringProperty minMarginProperty() { return minMargin; }
    public ReadOnlyStringProperty minMarginErrorProperty() { return minMarginError.getReadOnlyProperty(); }
    /// "62 styles · 41 suggest a change · 2 rejected"
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /// When the external context (competitors, weather, sentiment) was fetched.
    public ReadOnlyStringProperty contextProperty() { return context.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    /// The last accepted set, for the bulk preview (the View opens it).
    public ReadOnlyObjectProperty<Accepted> acceptedProperty() { return accepted.getReadOnlyProperty(); }
    public Command saveMarginCommand() { return saveMargin; }
    public Command refreshCommand() { return refresh; }
    public WhatIfViewModel whatIf() { return whatIf; }
}
