package com.trendythreads.opsdesk.viewmodels.inventory;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.inventory.InventoryStore;
import com.trendythreads.opsdesk.cache.inventory.SalesHistory;
import com.trendythreads.opsdesk.cache.inventory.StockIndex;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.cache.store.TableChange;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The inventory screens' shared, in-memory view of the session's stock: one [StockIndex] (every
/// SKU × location, loaded once per session, a few seconds at the LARGE scale) and the recent sales
/// history, kept current from the cache's change notifications so every screen sees live stock.
///
/// Listeners hear about applied changes on the UI thread.
@Singleton
public final class StockSource {

    private static final Logger LOG = LoggerFactory.getLogger(StockSource.class);

    /// Days of sales the forecast and weeks of cover look at.
    public static final int HISTORY_DAYS = 56;
    /// Days of sales the grid's weeks of cover (and so "overstock") use.
    public static final int COVER_DAYS = 28;

    /// What changed: rows of the index updated in place, or a new index altogether.
    public record Change(int[] rows, boolean reloaded) {
    }

    private final SessionState sessions;
    private final TaskRunner runner;
    private final InventorySettings settings;
    private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();
    private LocalData data;
    private volatile StockIndex index;
    private volatile SalesHistory history;
    private ChangeBus.Subscription subscription;
    private final Set<String> pending = new HashSet<>();
    private boolean refreshing;

    @Inject
    public StockSource(SessionState sessions, TaskRunner runner, SettingsStore settings) {
        this.sessions = sessions;
        this.runner = runner;
        this.settings = new InventorySettings(settings);
    }

    /// The index for the current session, loading it (and the sales history) on first use. Blocking: call
    /// it from background work.
    public synchronized StockIndex index() {
        LocalData current = sessions.current().data();
        if (index == null || data != current) {
            closeSubscription();
            data = current;
            LocalDate today = LocalDate.now(SalesCalendar.ZONE); // the shop's days, as the dashboards count them
            long t0 = System.nanoTime();
            history = SalesHistory.load(current.db(), today, HISTORY_DAYS, SalesCalendar.ZONE);
            StockIndex loaded = StockIndex.load(current.db(), settings.overstockWeeks());
            loaded.applyDemand(history, COVER_DAYS);
            index = loaded;
            LOG.info("Stock index: {} levels of {} SKUs, {} selling series, in {} ms", loaded.size(),
                    loaded.skuCount(), history.seriesCount(), (System.nanoTime() - t0) / 1_000_000);
            subscription = store().onStockChange(this::changed);
        }
        return index;
    }

    /// The recent daily sales (loaded with the index).
    public SalesHistory history() {
        index();
        return history;
    }

    public InventoryStore store() {
        return new InventoryStore(sessions.current().data().db());
    }

    public LocalData data() {
        return sessions.current().data();
    }

    /// Whether the signed-in user may call `operationId` (lane supply: purchase orders).
    public boolean may(String operationId) {
        return sessions.current().user().may(operationId);
    }

    public InventorySettings settings() {
        return settings;
    }

    /// Listens to applied stock changes (called on the UI thread). Returns what removes the listener.
    public Runnable listen(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // On the committing thread: note the ids and let one background refresh pick them up.
    private void changed(TableChange change) {
        boolean start;
        synchronized (pending) {
            if (change.all()) {
                pending.add("*");
            } else {
                pending.addAll(change.ids());
            }
            start = !refreshing;
            refreshing = true;
        }
        if (start) {
            BackgroundTask.of(this::drain)
                    .onSuccess(c -> listeners.forEach(l -> l.accept(c)))
                    .onFailure(e -> LOG.warn("Applying stock changes failed", e))
                    .runWith(runner);
        }
    }

    private Change drain() {
        boolean reload = false;
        Set<Integer> rows = new HashSet<>();
        while (true) {
            Set<String> ids;
            synchronized (pending) {
                if (pending.isEmpty()) {
                    refreshing = false;
                    break;
                }
                ids = Set.copyOf(pending);
                pending.clear();
            }
            StockIndex i = index;
            if (ids.contains("*") || i == null) {
                reload = true;
                continue;
            }
            StockIndex.Update u = i.refresh(ids);
            reload |= u.needsReload();
            for (int r : u.rows()) {
                rows.add(r);
            }
        }
        if (reload) {
            synchronized (this) {
                index = null;
            }
            index();
        }
        return new Change(rows.stream().mapToInt(Integer::intValue).toArray(), reload);
    }

    private void closeSubscription() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
