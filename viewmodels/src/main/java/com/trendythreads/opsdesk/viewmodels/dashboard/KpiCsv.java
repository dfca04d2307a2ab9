package com.trendythreads.opsdesk.viewmodels.dashboard;

import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.cache.kpi.KpiFilter;
import com.trendythreads.opsdesk.cache.kpi.KpiValue;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/// The dashboard's figures as a sheet: one row per tile with the raw numbers a spreadsheet can compute
/// with (money in euros, percentages in percent, next to a unit column), the source, and the filters.
final class KpiCsv {

    private KpiCsv() {
    }

    static List<String> header(I18n i18n) {
        return List.of("figure", "value", "previous", "change", "unit", "source", "from", "to", "location", "channel",
                "category").stream().map(h -> i18n.get("dashboard.csv." + h)).toList();
    }

    static List<List<Object>> rows(List<KpiTileViewModel> tiles, KpiFilter f, DashboardFilters filters, I18n i18n) {
        List<List<Object>> rows = new ArrayList<>();
        for (KpiTileViewModel t : tiles) {
            KpiValue v = t.figureProperty().get();
            rows.add(Arrays.asList(t.title(), plain(t.kpi(), v == null ? null : v.value()),
                    plain(t.kpi(), v == null ? null : v.previous()), v == null ? null : v.delta(),
                    i18n.get("dashboard.csv.unit." + t.kpi().unit().name()), v == null ? null : v.source().name(),
                    f.from(), f.to(), filters.locationProperty().get(), filters.channelProperty().get(),
                    filters.categoryProperty().get()));
        }
        return rows;
    }

    private static Double plain(Kpi kpi, Double v) {
        if (v == null) {
            return null;
        }
        return switch (kpi.unit()) {
            case MONEY -> v / 100.0;
            case PERCENT -> v * 100.0;
            default -> v;
        };
    }
}
