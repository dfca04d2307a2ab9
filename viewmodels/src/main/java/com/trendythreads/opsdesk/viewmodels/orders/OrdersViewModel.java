package com.trendythreads.opsdesk.viewmodels.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.error.NetworkDown;
import com.trendythreads.opsdesk.api.service.OrdersApi;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.cache.orders.OrderIndex;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The order list over the cached window: search by number, customer name or e-mail, SKU; filters status,
/// channel, date range, location, has return, flagged; newest first; saved views per user; export of what is
/// shown; and, on demand, orders older than the window read from the platform (marked "not cached", never
/// stored). Filtering runs over an in-memory [OrderIndex] kept current from the cache's changes.
public final class OrdersViewModel implements Activatable {

    private static final TypeReference<List<OrderFilters>> VIEWS = new TypeReference<>() { };

    private final OrdersContext ctx;
    private final OrderFormat format;
    private final SettingsStore settings;
    private final String viewsKey;
    private final OrderDetailViewModel detail;
    private final OrderIndex index = new OrderIndex();
    private final ObservableList<OrderRowItem> rows = FXCollections.observableArrayList();
    private final List<OrderRowItem> older = new ArrayList<>();
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final ObservableList<OrderFilters> savedViews = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<OrderChannel> channel = new SimpleObjectProperty<>();
    private final StringProperty location = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> hasReturn = new SimpleObjectProperty<>();
    private final ObjectProperty<Boolean> flagged = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper searchingOlder = new ReadOnlyBooleanWrapper();
    private final AtomicLong generation = new AtomicLong();
    private final Map<OrderIndex.Row, OrderRowItem> itemOfRow = new IdentityHashMap<>();
    private Locale itemsLocale;
    private ChangeBus.Subscription subscription;
    private volatile long lastQueryMicros;
    private volatile long loadMillis;

    @Inject
    public OrdersViewModel(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n, Clock clock,
            RecordLinks links, SettingsStore settings) {
        this(OrdersContext.of(sessionState, runner, notifier, i18n, clock, links), settings);
    }

    public OrdersViewModel(OrdersContext ctx, SettingsStore settings) {
        this.ctx = ctx;
        this.format = ctx.format();
        this.settings = settings;
        this.detail = new OrderDetailViewModel(ctx);
        this.viewsKey = "orders.savedViews." + ctx.user().username().toLowerCase(Locale.ROOT);
        settings.get(viewsKey).ifPresent(json -> {
            try {
                savedViews.setAll(Json.mapper().readValue(json, VIEWS));
            } catch (JsonProcessingException e) {
                savedViews.clear(); // a broken entry must not cost the list; the next save rewrites it
            }
        });
        for (var p : List.of(search, location)) {
            p.addListener((o, a, b) -> requery());
        }
        for (var p : List.of(status, channel, from, to, hasReturn, flagged)) {
            p.addListener((o, a, b) -> requery());
        }
    }

    @Override
    public void activate() {
        detail.activate();
        if (subscription == null) {
            subscription = ctx.data().orders().onChange(c -> BackgroundTask.ofRunnable(() -> {
                        if (c.all()) {
                            index.reset(ctx.data().orders().all());
                        } else {
                            List<Order> found = ctx.data().orders().byIds(c.ids());
                            index.put(found);
                            List<String> gone = new ArrayList<>(c.ids());
                            found.forEach(o -> gone.remove(o.id()));
                            index.remove(gone);
                        }
                    }).onSuccess(v -> requery()).runWith(ctx.runner()));
        }
        if (!loaded.get()) {
            load();
        }
    }

    @Override
    public void deactivate() {
        detail.deactivate();
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void load() {
        BackgroundTask.of(() -> {
                    long t0 = System.nanoTime();
                    index.reset(ctx.data().orders().all());
                    loadMillis = (System.nanoTime() - t0) / 1_000_000;
                    return index.locations();
                })
                .onSuccess(locs -> {
                    List<String> choices = new ArrayList<>(List.of(""));
                    choices.addAll(locs);
                    locations.setAll(choices);
                    loaded.set(true);
                    requery();
                })
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("orders.loadFailed"), String.valueOf(e.getMessage())))
                .runWith(ctx.runner());
    }

    /// The filters as they stand (for a saved view).
    public OrderFilters filters(String name) {
        return new OrderFilters(name, blankToNull(search.get()), status.get(), channel.get(),
                blankToNull(location.get()), from.get(), to.get(), hasReturn.get(), flagged.get());
    }

    private void requery() {
        if (!loaded.get()) {
            return;
        }
        long gen = generation.incrementAndGet();
        OrderIndex.Query q = filters(null).query(ZoneId.systemDefault());
        BackgroundTask.of(() -> {
                    long t0 = System.nanoTime();
                    List<OrderIndex.Row> found = index.query(q);
                    lastQueryMicros = (System.nanoTime() - t0) / 1_000;
                    return found;
                })
                .onSuccess(found -> {
                    if (gen != generation.get()) {
                        return; // a newer keystroke's answer wins
                    }
                    List<OrderRowItem> items = new ArrayList<>(found.size() + older.size());
                    found.forEach(r -> items.add(cachedItem(r)));
                    items.addAll(older);
                    rows.setAll(items);
                    summary.set(ctx.i18n().get("orders.summary", found.size(), index.size())
                            + (older.isEmpty() ? "" : " " + ctx.i18n().get("orders.summary.older", older.size())));
                })
                .runWith(ctx.runner());
    }

    // An index row is replaced when its order changes, so the words of every other row can be kept: a live
    // change then formats one row, not every cached order (at 25,815 orders formatting them all was most of
    // a change's way to the list). Kept for the index's rows plus a margin, in one language.
    private OrderRowItem cachedItem(OrderIndex.Row r) {
        Locale locale = ctx.i18n().locale();
        if (!locale.equals(itemsLocale) || itemOfRow.size() > index.size() + 10_000) {
            itemOfRow.clear();
            itemsLocale = locale;
        }
        return itemOfRow.computeIfAbsent(r, x -> item(x, null));
    }

    private OrderRowItem item(OrderIndex.Row r, Order remote) {
        I18n i18n = ctx.i18n();
        return new OrderRowItem(r, format.date(r.placedAt()), r.customerName() == null ? "" : r.customerName(),
                i18n.get("orders.status." + r.status().name()), i18n.get("orders.payment." + r.paymentStatus().name()),
                i18n.get("orders.fulfilment." + r.fulfilmentStatus().name()), format.money(r.totalCents()),
                remote != null, remote);
    }

    /// Opens a row in the detail (a not-cached row shows read-only).
    public void open(OrderRowItem row) {
        if (row == null) {
            detail.show(null);
        } else if (row.notCached()) {
            detail.showNotCached(row.remote());
        } else {
            detail.show(row.id());
        }
    }

    /// Opens one cached order by id, as a link from another workspace asks (filters cleared so it is listed).
    public void focus(String orderId) {
        clearFilters();
        detail.show(orderId);
    }

    public void clearFilters() {
        search.set("");
        status.set(null);
        channel.set(null);
        location.set("");
        from.set(null);
        to.set(null);
        hasReturn.set(null);
        flagged.set(null);
    }

    /// Orders placed before the cache window that match the search, read from the platform and shown below
    /// the cached ones with a "not cached" marker; they are never written to the cache. Needs the platform.
    public void searchOlder() {
        if (ctx.engine() == null) {
            ctx.notifier().error(ctx.i18n().get("orders.older.title"), ctx.i18n().get("orders.older.offline"));
            return;
        }
        Instant windowStart = ctx.clock().instant().minus(Duration.ofDays(SyncSettings.defaults().workingSetDays()));
        String q = blankToNull(search.get());
        OrderStatus s = status.get();
        OrderChannel c = channel.get();
        String loc = blankToNull(location.get());
        BackgroundTask.of(() -> ctx.engine().service(OrdersApi.class)
                        .listOrders(null, 100, s, c, null, loc, null, windowStart, q).items())
                .onStart(() -> searchingOlder.set(true))
                .onSuccess(found -> {
                    older.clear();
                    found.stream().filter(o -> o.placedAt() != null && o.placedAt().isBefore(windowStart))
                            .sorted(Comparator.comparing(Order::placedAt).reversed())
                            .forEach(o -> older.add(item(OrderIndex.Row.of(o), o)));
                    ctx.notifier().info(ctx.i18n().get("orders.older.found", older.size()));
                    requery();
                })
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("orders.older.title"),
                        e instanceof NetworkDown ? ctx.i18n().get("orders.older.offline")
                                : e instanceof ApiProblem p ? p.getMessage() : ctx.i18n().get("orders.older.offline")))
                .onFinished(() -> searchingOlder.set(false))
                .runWith(ctx.runner());
    }

    /// Saves the current filters under `name` (replacing one of that name) for this user.
    public void saveView(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        savedViews.removeIf(v -> v.name().equalsIgnoreCase(name.strip()));
        savedViews.add(filters(name.strip()));
        savedViews.sort(Comparator.comparing(OrderFilters::name, String.CASE_INSENSITIVE_ORDER));
        storeViews();
    }

    public void applyView(OrderFilters v) {
        if (v == null) {
            return;
        }
        search.set(v.text() == null ? "" : v.text());
        status.set(v.status());
        channel.set(v.channel());
        location.set(v.locationId() == null ? "" : v.locationId());
        from.set(v.from());
        to.set(v.to());
        hasReturn.set(v.hasReturn());
        flagged.set(v.flagged());
    }

    public void deleteView(OrderFilters v) {
        if (v != null && savedViews.removeIf(x -> x.name().equalsIgnoreCase(v.name()))) {
            storeViews();
        }
    }

    private void storeViews() {
        try {
            settings.put(viewsKey, Json.mapper().writeValueAsString(List.copyOf(savedViews)));
        } catch (JsonProcessingException e) {
            ctx.notifier().error(ctx.i18n().get("orders.views.failed"), e.getOriginalMessage());
        }
    }

    /// Writes the rows shown to `file` (CSV or XLSX by its extension); e-mails as the role sees them.
    public void export(Path file) {
        List<OrderRowItem> shown = List.copyOf(rows);
        List<String> header = List.of("Number", "Placed", "Customer", "E-mail", "Channel", "Location", "Status",
                "Payment", "Fulfilment", "Items", "Total (EUR)", "Refunded (EUR)", "Has return", "Flagged", "Not cached");
        BackgroundTask.ofRunnable(() -> {
                    TableFiles.write(file, header, shown.stream().map(i -> List.<Object>of(
                        i.number(), String.valueOf(i.row().placedAt()), i.customer(), i.email(), i.channel(),
                        String.valueOf(i.row().locationId()), i.row().status().name(), i.row().paymentStatus().name(),
                        i.row().fulfilmentStatus().name(), i.items(), i.row().totalCents() / 100.0,
                        i.row().refundedCents() / 100.0, i.row().hasReturn(), i.row().flagged(), i.notCached()))
                        .toList());
                    // lane audit: reported through the outbox (customer names and e-mails are in it)
                    ctx.data().audit().reportExport(file, "order", shown.size(), true);
                })
                .onSuccess(v -> ctx.notifier().info(ctx.i18n().get("orders.exported", shown.size(), file.getFileName())))
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("orders.exportFailed"), String.valueOf(e.getMessage())))
                .runWith(ctx.runner());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public OrderDetailViewModel detail() {
        return detail;
    }

    public ObservableList<OrderRowItem> rows() {
        return rows;
    }

    public ObservableList<String> locations() {
        return locations;
    }

    public ObservableList<OrderFilters> savedViews() {
        return savedViews;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<OrderStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<OrderChannel> channelProperty() {
        return channel;
    }

    /// The location to show ("" for all).
    public StringProperty locationProperty() {
        return location;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /// The last day included.
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /// TRUE: only orders with a return; FALSE: only without; null: any.
    public ObjectProperty<Boolean> hasReturnProperty() {
        return hasReturn;
    }

    public ObjectProperty<Boolean> flaggedProperty() {
        return flagged;
    }

    /// "n of m orders".
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty searchingOlderProperty() {
        return searchingOlder.getReadOnlyProperty();
    }

    /// Microseconds the last filter took over the index; milliseconds the index took to build.
    public long lastQueryMicros() {
        return lastQueryMicros;
    }

    public long loadMillis() {
        return loadMillis;
    }
}
