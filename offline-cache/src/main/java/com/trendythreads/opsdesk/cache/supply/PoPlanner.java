package com.trendythreads.opsdesk.cache.supply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/// Turns replenishment suggestions into draft purchase orders: one draft per supplier and receiving
/// location.
///
/// 1. A need without a known supplier is not planned; it is listed in [Plan#unsupplied()].
/// 2. Each line is rounded up to a whole number of the SKU's packs (pack size 1 = single units).
/// 3. When a draft's value is below the supplier's minimum order value, whole packs are added one at a
///    time, each to the line that has the least of its need covered so far (ordered ÷ suggested; ties by
///    SKU), until the minimum is reached. Topping up keeps the lines in proportion to what is needed
///    instead of piling the extra onto one SKU.
///
/// Drafts are in supplier id, then location order; their lines in SKU order (deterministic output).
public final class PoPlanner {

    private PoPlanner() {
    }

    /// What the planner needs to know about a supplier.
    public record Supplier(String id, String name, long minimumOrderCents, String currency) {
    }

    /// One replenishment suggestion with the SKU's supplier link.
    ///
    /// @param supplierId    `null` when the SKU has no supplier
    /// @param packSize      units per pack, at least 1
    public record Need(String sku, String locationId, int suggestedQty, String supplierId, long unitCostCents,
                       int packSize) {
    }

    /// One planned line.
    public record Line(String sku, int suggestedQty, int quantity, int packSize, long unitCostCents) {

        public long totalCents() {
            return quantity * unitCostCents;
        }
    }

    /// One draft purchase order.
    ///
    /// @param toppedUpCents how much the top-up to the supplier minimum added (0 when none was needed)
    public record Draft(Supplier supplier, String locationId, List<Line> lines, long totalCents,
                        long toppedUpCents) {

        public boolean belowMinimum() {
            return totalCents < supplier.minimumOrderCents();
        }
    }

    /// The planner's answer.
    public record Plan(List<Draft> drafts, List<Need> unsupplied) {
    }

    public static Plan plan(List<Need> needs, Map<String, Supplier> suppliers) {
        Objects.requireNonNull(needs, "needs");
        Map<String, Map<String, Map<String, Need>>> grouped = new TreeMap<>();
        List<Need> unsupplied = new ArrayList<>();
        for (Need n : needs) {
            if (n.suggestedQty() <= 0) {
                continue;
            }
            if (n.supplierId() == null || !suppliers.containsKey(n.supplierId())) {
                unsupplied.add(n);
                continue;
            }
            grouped.computeIfAbsent(n.supplierId(), k -> new TreeMap<>())
                    .computeIfAbsent(n.locationId(), k -> new TreeMap<>())
                    .merge(n.sku(), n, (a, b) -> new Need(a.sku(), a.locationId(),
                            a.suggestedQty() + b.suggestedQty(), a.supplierId(), a.unitCostCents(), a.packSize()));
        }
        List<Draft> drafts = new ArrayList<>();
        grouped.forEach((supplierId, byLocation) -> byLocation.forEach((location, bySku) ->
                drafts.add(draft(suppliers.get(supplierId), location, bySku))));
        return new Plan(List.copyOf(drafts), List.copyOf(unsupplied));
    }

    private static Draft draft(Supplier supplier, String locationId, Map<String, Need> bySku) {
        Map<String, Line> lines = new LinkedHashMap<>();
        long total = 0;
        for (Need n : bySku.values()) {
            int pack = Math.max(1, n.packSize());
            int qty = roundUp(n.suggestedQty(), pack);
            lines.put(n.sku(), new Line(n.sku(), n.suggestedQty(), qty, pack, n.unitCostCents()));
            total += (long) qty * n.unitCostCents();
        }
        long before = total;
        boolean anyPriced = lines.values().stream().anyMatch(l -> l.unitCostCents() > 0);
        while (anyPriced && total < supplier.minimumOrderCents()) {
            Line next = lines.values().stream()
                    .filter(l -> l.unitCostCents() > 0)
                    .min(Comparator.comparingDouble((Line l) -> (double) l.quantity() / l.suggestedQty())
                            .thenComparing(Line::sku))
                    .orElseThrow();
            lines.put(next.sku(), new Line(next.sku(), next.suggestedQty(), next.quantity() + next.packSize(),
                    next.packSize(), next.unitCostCents()));
            total += (long) next.packSize() * next.unitCostCents();
        }
        return new Draft(supplier, locationId, List.copyOf(lines.values()), total, total - before);
    }

    /// `qty` rounded up to a multiple of `pack`.
    static int roundUp(int qty, int pack) {
        return ((qty + pack - 1) / pack) * pack;
    }
}
