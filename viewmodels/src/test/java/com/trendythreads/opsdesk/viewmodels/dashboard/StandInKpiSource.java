package com.trendythreads.opsdesk.viewmodels.dashboard;

import com.trendythreads.opsdesk.cache.kpi.DrillTable;
import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.cache.kpi.KpiFilter;
import com.trendythreads.opsdesk.cache.kpi.KpiSource;
import com.trendythreads.opsdesk.cache.kpi.KpiValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/// A small source the test sets figures on and fires changes from, recording what the dashboard asked.
final class StandInKpiSource implements KpiSource {

    final Map<Kpi, KpiValue> values = new EnumMap<>(Kpi.class);
    final Map<Kpi, DrillTable> tables = new EnumMap<>(Kpi.class);
    final List<Kpi> asked = new CopyOnWriteArrayList<>();
    final List<KpiFilter> filters = new CopyOnWriteArrayList<>();
    final List<Consumer<Set<Kpi>>> listeners = new CopyOnWriteArrayList<>();
    boolean closed;

    void set(Kpi kpi, Double value, Double previous, List<Double> sparkline) {
        values.put(kpi, new KpiValue(kpi, value, previous, sparkline, KpiValue.Source.LOCAL));
    }

    void fire(Set<Kpi> changed) {
        listeners.forEach(l -> l.accept(changed));
    }

    @Override
    public Set<Kpi> kpis() {
        return values.keySet();
    }

    @Override
    public KpiValue value(Kpi kpi, KpiFilter filter) {
        asked.add(kpi);
        filters.add(filter);
        return values.get(kpi);
    }

    @Override
    public DrillTable records(Kpi kpi, KpiFilter filter) {
        return tables.getOrDefault(kpi, new DrillTable(kpi, List.of(), new ArrayList<>(), 0));
    }

    @Override
    public AutoCloseable onChange(Consumer<Set<Kpi>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        closed = true;
    }
}
