package com.trendythreads.opsdesk.platform.supply;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrder;
import com.trendythreads.opsdesk.api.dto.supply.Supplier;
import com.trendythreads.opsdesk.api.dto.supply.SupplierItem;
import com.trendythreads.opsdesk.platform.store.DocTable;
import java.util.LinkedHashMap;
import java.util.Map;

/// The document tables of `V7__supply.sql`, with their derived columns.
public final class SupplyTables {

    public static final String SUPPLIER = "supplier";
    public static final String SUPPLIER_ITEM = "supplier_item";
    public static final String PURCHASE_ORDER = "purchase_order";

    public final DocTable<Supplier> suppliers;
    public final DocTable<SupplierItem> items;
    public final DocTable<PurchaseOrder> purchaseOrders;

    public SupplyTables(ObjectMapper json) {
        suppliers = new DocTable<>(new DocTable.Spec<>("suppliers", "id", Supplier.class, Supplier::id,
                Supplier::version, s -> Map.of()), json);
        items = new DocTable<>(new DocTable.Spec<>("supplier_items", "sku", SupplierItem.class, SupplierItem::sku,
                SupplierItem::version, i -> Map.of("supplier_id", i.supplierId())), json);
        purchaseOrders = new DocTable<>(new DocTable.Spec<>("purchase_orders", "id", PurchaseOrder.class,
                PurchaseOrder::id, PurchaseOrder::version, p -> {
                    Map<String, Object> cols = new LinkedHashMap<>();
                    cols.put("status", p.status());
                    cols.put("supplier_id", p.supplierId());
                    cols.put("location_id", p.locationId());
                    return cols;
                }), json);
    }
}
