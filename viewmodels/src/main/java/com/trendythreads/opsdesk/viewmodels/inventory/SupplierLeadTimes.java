package com.trendythreads.opsdesk.viewmodels.inventory;

import com.trendythreads.opsdesk.api.dto.supply.Supplier;
import com.trendythreads.opsdesk.api.dto.supply.SupplierItem;
import com.trendythreads.opsdesk.cache.inventory.StockIndex;
import com.trendythreads.opsdesk.cache.supply.LeadTimeStats;
import com.trendythreads.opsdesk.cache.supply.PoPlanner;
import com.trendythreads.opsdesk.cache.supply.SupplyData;
import com.trendythreads.opsdesk.viewmodels.inventory.ReplenishmentViewModel.SuggestionItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// lane supply (issue #11): the lead time replenishment plans each SKU with — its supplier's ACTUAL mean
/// lead time from received POs where there are any, else the supplier's PROMISED one, else the user's
/// SETTING (a SKU without a supplier) — and "Create POs" from selected suggestions.
final class SupplierLeadTimes {

    /// Where a SKU's lead time comes from: `actual`, `promised` or `setting` (also the bundle key's tail).
    record Lead(String supplierId, int days, String source) {
    }

    private final Map<String, SupplierItem> items;
    private final Map<String, LeadTimeStats.Card> cards;
    private final int fallback;

    private SupplierLeadTimes(Map<String, SupplierItem> items, Map<String, LeadTimeStats.Card> cards, int fallback) {
        this.items = items;
        this.cards = cards;
        this.fallback = fallback;
    }

    /// The supplier links of every SKU stocked at `location` and every supplier's scorecard. Blocking.
    static SupplierLeadTimes load(SupplyData supply, StockIndex index, String location, int fallback) {
        List<String> skus = new ArrayList<>();
        for (int r : index.query(StockIndex.Query.ALL.withLocation(location))) {
            skus.add(index.row(r).sku());
        }
        return new SupplierLeadTimes(supply.items(skus), supply.scorecards(), fallback);
    }

    Lead of(String sku) {
        SupplierItem item = items.get(sku);
        LeadTimeStats.Card card = item == null ? null : cards.get(item.supplierId());
        if (card == null) {
            return new Lead(item == null ? null : item.supplierId(), fallback, "setting");
        }
        return new Lead(item.supplierId(), card.planningLeadDays(),
                card.source() == LeadTimeStats.Source.ACTUAL ? "actual" : "promised");
    }

    /// What "Create POs" did: the new POs' ids, and the SKUs left out for want of a supplier.
    record Made(List<String> ids, List<String> unsupplied) {
    }

    /// One DRAFT PO per supplier from `rows` at `location`. Blocking (reads the cache, queues the creates).
    static Made createOrders(SupplyData supply, List<SuggestionItem> rows, String location) {
        Map<String, SupplierItem> items = supply.items(rows.stream().map(SuggestionItem::sku).toList());
        Map<String, PoPlanner.Supplier> suppliers = new HashMap<>();
        for (Supplier s : supply.suppliers()) {
            suppliers.put(s.id(), new PoPlanner.Supplier(s.id(), s.name(), s.minimumOrderCents(), s.currency()));
        }
        List<PoPlanner.Need> needs = new ArrayList<>();
        for (SuggestionItem row : rows) {
            SupplierItem item = items.get(row.sku());
            int qty = Math.max(1, row.suggested());
            needs.add(item == null ? new PoPlanner.Need(row.sku(), location, qty, null, 0, 1)
                    : new PoPlanner.Need(row.sku(), location, qty, item.supplierId(), item.unitCostCents(),
                            item.packSize()));
        }
        PoPlanner.Plan plan = PoPlanner.plan(needs, suppliers);
        List<String> ids = new ArrayList<>();
        for (PoPlanner.Draft d : plan.drafts()) {
            ids.add(supply.createDraft(d, null));
        }
        return new Made(List.copyOf(ids), plan.unsupplied().stream().map(PoPlanner.Need::sku).toList());
    }
}
