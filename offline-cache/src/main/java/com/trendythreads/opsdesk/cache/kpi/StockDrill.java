package com.trendythreads.opsdesk.cache.kpi;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.cache.store.CacheException;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// The records behind the stock figures: the SKUs (a stock row when one location is chosen, else the
/// product) or the broken styles. Built on demand from the [StockKpis] state and, for units sold per SKU,
/// one read of the period's cached orders; not on the live path.
final class StockDrill {

    private static final ObjectMapper MAPPER = Json.mapper();

    private StockDrill() {
    }

    private record SkuRow(DrillTable.Row row, double sortKey, String tie) {
    }

    static DrillTable records(StockKpis kpis, Kpi kpi, KpiFilter f) {
        return switch (kpi) {
            case OUT_OF_STOCK_RATE -> outOfStock(kpis, f);
            case BROKEN_SIZES -> broken(kpis, f);
            case SELL_THROUGH, WEEKS_OF_COVER -> selling(kpis, kpi, f);
            default -> throw new IllegalArgumentException(kpi + " is not a stock figure");
        };
    }

    private static DrillTable outOfStock(StockKpis kpis, KpiFilter f) {
        List<SkuRow> rows = new ArrayList<>();
        kpis.forEachSku(f, true, (sku, productId, title, colour, size, ranged, available, incoming) -> {
            if (ranged && available == 0) {
                rows.add(new SkuRow(row(f, sku, productId, List.of(sku, nz(title), nz(colour), nz(size), (long) incoming)),
                        0, nz(title) + "\n" + sku));
            }
        });
        return table(Kpi.OUT_OF_STOCK_RATE, List.of("drill.column.sku", "drill.column.product", "drill.column.colour",
                "drill.column.size", "drill.column.incoming"), rows);
    }

    private static DrillTable broken(StockKpis kpis, KpiFilter f) {
        List<SkuRow> rows = new ArrayList<>();
        kpis.forEachBrokenStyle(f, (productId, title, colour, missing, inStock) -> rows.add(new SkuRow(
                new DrillTable.Row(DrillTable.Target.PRODUCT, productId,
                        List.of(nz(title), nz(colour), String.join(", ", missing), String.join(", ", inStock))),
                0, nz(title) + "\n" + nz(colour))));
        return table(Kpi.BROKEN_SIZES, List.of("drill.column.product", "drill.column.colour",
                "drill.column.missingSizes", "drill.column.sizesInStock"), rows);
    }

    /// SKUs that sold in the period: by units sold (sell-through) or by weeks of cover, lowest first.
    private static DrillTable selling(StockKpis kpis, Kpi kpi, KpiFilter f) {
        Map<String, Long> units = unitsPerSku(kpis, f);
        List<SkuRow> rows = new ArrayList<>();
        kpis.forEachSku(f, false, (sku, productId, title, colour, size, ranged, available, incoming) -> {
            long u = units.getOrDefault(sku, 0L);
            if (u <= 0) {
                return;
            }
            if (kpi == Kpi.SELL_THROUGH) {
                double st = (double) u / (u + available);
                rows.add(new SkuRow(row(f, sku, productId, List.of(sku, nz(title), u, (long) available, st)), -u, sku));
            } else {
                double weeks = available / (u * 7.0 / f.length());
                rows.add(new SkuRow(row(f, sku, productId, List.of(sku, nz(title), u, (long) available, weeks)), weeks, sku));
            }
        });
        String last = kpi == Kpi.SELL_THROUGH ? "drill.column.sellThrough" : "drill.column.weeksOfCover";
        return table(kpi, List.of("drill.column.sku", "drill.column.product", "drill.column.unitsSold",
                "drill.column.available", last), rows);
    }

    private static Map<String, Long> unitsPerSku(StockKpis kpis, KpiFilter f) {
        Map<String, Long> out = new HashMap<>();
        String sql = "SELECT doc FROM orders WHERE placed_at >= :from AND placed_at < :to"
                + " AND (status IS NULL OR status <> 'CANCELLED')"
                + (f.channel() == null ? "" : " AND channel = :channel")
                + (f.locationId() == null ? "" : " AND location_id = :loc");
        kpis.db().read(h -> {
            var q = h.createQuery(sql)
                    .bind("from", SalesCalendar.startOf(f.from()).atOffset(ZoneOffset.UTC))
                    .bind("to", SalesCalendar.startOf(f.to().plusDays(1)).atOffset(ZoneOffset.UTC));
            if (f.channel() != null) {
                q.bind("channel", f.channel());
            }
            if (f.locationId() != null) {
                q.bind("loc", f.locationId());
            }
            q.setFetchSize(1_000).mapTo(String.class).forEach(doc -> {
                UnitsSold.Lines lines;
                try {
                    lines = MAPPER.readValue(doc, UnitsSold.Lines.class);
                } catch (JsonProcessingException e) {
                    throw new CacheException("A stored order cannot be read: " + e.getOriginalMessage(), e);
                }
                if (lines.lines() != null) {
                    for (UnitsSold.Line l : lines.lines()) {
                        if (l.sku() != null) {
                            out.merge(l.sku(), (long) l.quantity() - l.returnedQuantity(), Long::sum);
                        }
                    }
                }
            });
            return null;
        });
        return out;
    }

    private static DrillTable.Row row(KpiFilter f, String sku, String productId, List<Object> values) {
        return f.locationId() == null
                ? new DrillTable.Row(DrillTable.Target.PRODUCT, productId, values)
                : new DrillTable.Row(DrillTable.Target.STOCK, ResourceType.stockId(f.locationId(), sku), values);
    }

    private static DrillTable table(Kpi kpi, List<String> columns, List<SkuRow> rows) {
        rows.sort(Comparator.comparingDouble(SkuRow::sortKey).thenComparing(SkuRow::tie));
        List<DrillTable.Row> shown = rows.stream().limit(DrillTable.LIMIT).map(SkuRow::row).toList();
        return new DrillTable(kpi, columns, shown, rows.size());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
