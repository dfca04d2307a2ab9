package com.trendythreads.opsdesk.cache.kpi;

import java.util.Set;
import java.util.function.Consumer;

/// A group of figures computed together from the same data (sales from cached orders, stock from the
/// stock rows, operations from pick lists and tickets). Methods may block on the cache; call them off the
/// FX thread.
public interface KpiSource extends AutoCloseable {

    /// The figures this source computes.
    Set<Kpi> kpis();

    KpiValue value(Kpi kpi, KpiFilter filter);

    DrillTable records(Kpi kpi, KpiFilter filter);

    /// Tells `listener` which figures changed after the cache changed (the source keeps its rollups
    /// current per changed record, never by rebuilding). Closing the result stops it.
    AutoCloseable onChange(Consumer<Set<Kpi>> listener);

    @Override
    void close();
}
