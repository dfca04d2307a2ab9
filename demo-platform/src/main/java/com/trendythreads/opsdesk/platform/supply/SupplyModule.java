package com.trendythreads.opsdesk.platform.supply;

import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.changes.ResourceReaders;
import com.trendythreads.opsdesk.platform.crm.DomainDeps;
import com.trendythreads.opsdesk.platform.inventory.InventoryStore;
import com.trendythreads.opsdesk.platform.inventory.StockLedger;
import java.util.EnumSet;
import java.util.Set;

/// Suppliers, the supplier of each SKU, and purchase orders (issue #11). Seeded by the fashion seeder's
/// supply step.
public final class SupplyModule implements DomainModule {

    @Override
    public void register(ModuleContext m) {
        DomainDeps deps = DomainDeps.of(m);
        SupplyTables tables = new SupplyTables(m.json());
        PurchaseOrders orders = new PurchaseOrders(tables, new StockLedger(new InventoryStore(m.json())));
        SupplyHandlers h = new SupplyHandlers(deps, tables, orders, payoutRoles(m));
        m.policies()
                .register(SupplyTables.SUPPLIER, ResourceReaders.of(m.spec(), SupplyTables.SUPPLIER)
                        .masking(h::maskPayout))
                .register(SupplyTables.SUPPLIER_ITEM, ResourceReaders.of(m.spec(), SupplyTables.SUPPLIER_ITEM))
                .register(SupplyTables.PURCHASE_ORDER, ResourceReaders.of(m.spec(), SupplyTables.PURCHASE_ORDER));
        m.handlers()
                .handle("listSuppliers", h::listSuppliers)
                .handle("listSupplierItems", h::listSupplierItems)
                .handle("listPurchaseOrders", h::listPurchaseOrders)
                .handle("getPurchaseOrder", h::getPurchaseOrder)
                .handle("createPurchaseOrder", h::createPurchaseOrder)
                .handle("updatePurchaseOrder", h::updatePurchaseOrder)
                .handle("sendPurchaseOrder", h::sendPurchaseOrder)
                .handle("receivePurchaseOrder", h::receivePurchaseOrder)
                .handle("cancelPurchaseOrder", h::cancelPurchaseOrder);
    }

    /// `x-payout-roles` of `listSuppliers`: who sees a supplier's IBAN in full.
    private static Set<Role> payoutRoles(ModuleContext m) {
        var list = m.spec().operation("listSuppliers").orElseThrow().raw().path("x-payout-roles");
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalStateException("listSuppliers lacks x-payout-roles");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        list.forEach(r -> roles.add(Role.valueOf(r.asText())));
        return roles;
    }
}
