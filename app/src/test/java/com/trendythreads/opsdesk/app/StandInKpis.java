package com.trendythreads.opsdesk.app;

import com.trendythreads.opsdesk.cache.kpi.DrillTable;
import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.cache.kpi.KpiFilter;
import com.trendythreads.opsdesk.cache.kpi.KpiSource;
import com.trendythreads.opsdesk.cache.kpi.KpiValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/// Until the real sources are merged: plausible figures for every tile, to lay the screen out.
final class StandInKpis implements KpiSource {

    @Override
    public Set<Kpi> kpis() {
        return EnumSet.allOf(Kpi.class);
    }

    @Override
    public KpiValue value(Kpi kpi, KpiFilter filter) {
        double base = switch (kpi) {
            case NET_SALES -> 4_812_345;
            case ORDERS -> 812;
            case AVERAGE_ORDER_VALUE -> 5_927;
            case CONVERSION_RATE -> 0.031;
            case RETURN_RATE_UNITS -> 0.142;
            case RETURN_RATE_ORDERS -> 0.187;
            case SELL_THROUGH -> 0.226;
            case WEEKS_OF_COVER -> 7.4;
            case OUT_OF_STOCK_RATE -> 0.063;
            case BROKEN_SIZES -> 0.118;
            case FILL_RATE -> 0.962;
            case PICKS_PER_HOUR -> 61.5;
            case OPEN_TICKETS -> 37;
            case SLA_BREACHES -> 4;
            case CAMPAIGN_REVENUE -> 1_204_000;
            case CODE_REDEMPTIONS -> 143;
        };
        if (kpi == Kpi.CONVERSION_RATE) {
            return KpiValue.missing(kpi, KpiValue.Source.UNAVAILABLE);
        }
        List<Double> spark = new ArrayList<>();
        if (kpi.unit() == Kpi.Unit.MONEY || kpi == Kpi.ORDERS || kpi == Kpi.RETURN_RATE_UNITS) {
            for (int i = 0; i < 14; i++) {
                spark.add(base * (0.8 + 0.3 * Math.sin(i * 0.9 + kpi.ordinal()) + i * 0.01));
            }
        }
        double prev = base * (kpi.ordinal() % 3 == 0 ? 0.9 : 1.07);
        return new KpiValue(kpi, base, prev, spark, KpiValue.Source.LOCAL);
    }

    @Override
    public DrillTable records(Kpi kpi, KpiFilter filter) {
        return new DrillTable(kpi, List.of("drill.column.order", "drill.column.netSales"),
                List.of(new DrillTable.Row(DrillTable.Target.ORDER, "o-1", List.of("TT-1001", 4_990L))), 1);
    }

    @Override
    public AutoCloseable onChange(Consumer<Set<Kpi>> listener) {
        return () -> { };
    }

    @Override
    public void close() {
    }
}
