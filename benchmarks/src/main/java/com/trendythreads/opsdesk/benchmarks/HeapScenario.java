package com.trendythreads.opsdesk.benchmarks;

import com.trendythreads.opsdesk.viewmodels.catalog.CatalogViewModel;
import com.trendythreads.opsdesk.viewmodels.catalog.ProductListViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Duration;
import java.util.Locale;

/// The desk's heap once the whole set is cached and the catalog is open: used heap after a full GC with the
/// desk's session (cache, sync engine, catalog ViewModels and their index) alive, less the used heap after
/// GC once the desk is closed. The runner's JVM also hosts the demo platform and the benchmark's own client,
/// which both measurements contain; the difference is what the desk holds. The JavaFX scene graph of a real
/// window is not in it (no toolkit in this module).
final class HeapScenario {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private long withDesk = -1;
    private int products;
    private double openSeconds;

    /// Opens the catalog (its list ViewModel builds the catalog index) in `desk` and measures the heap.
    void withCatalogOpen(DeskSession desk) {
        CatalogViewModel catalog = desk.onUi(() -> new CatalogViewModel(desk.sessions, desk.i18n));
        ProductListViewModel list = desk.onUi(() -> new ProductListViewModel(desk.sessions, desk.runner, desk.i18n,
                desk.notifier, desk.settings));
        long t0 = System.nanoTime();
        desk.onUi(() -> {
            list.activate();
            return null;
        });
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!desk.onUi(() -> list.readyProperty().get())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The catalog did not open");
            }
            Benchmarks.sleep(20);
        }
        openSeconds = (System.nanoTime() - t0) / 1e9;
        products = desk.onUi(() -> list.rows().size());
        withDesk = usedAfterGc();
        Reference.reachabilityFence(catalog);
        desk.onUi(() -> {
            list.deactivate();
            return null;
        });
    }

    /// Measures again after the desk closed and adds the figure. Call after [#withCatalogOpen] and after the
    /// desk's session, cache and engine were closed and dropped.
    void afterDeskClosed(Report report) {
        if (withDesk < 0) {
            throw new IllegalStateException("withCatalogOpen was not measured");
        }
        long without = usedAfterGc();
        double mb = (withDesk - without) / (1024.0 * 1024);
        report.add(new Figure("heap, large set cached and catalog open", mb, "MB", null, null, "≤ 512 MB",
                mb <= 512, String.format(Locale.ROOT, "used heap after full GC with the desk open (cache, sync "
                        + "engine, catalog with %,d products listed, opened in %.1f s): %.0f MB; after the desk "
                        + "closed: %.0f MB (the in-process platform and the runner); max heap %.0f MB",
                        products, openSeconds, withDesk / 1048576.0, without / 1048576.0,
                        MEMORY.getHeapMemoryUsage().getMax() / 1048576.0)));
    }

    // A few full collections: objects freed by cleaners in one are gone by the next.
    private static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Benchmarks.sleep(100);
            used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
