package com.trendythreads.opsdesk.platform.inventory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.catalog.Lists;

/// The inventory (IMS): locations, stock per SKU × location, adjustments, movements and transfers.
public final class InventoryModule implements DomainModule {

    @Override
    public void register(ModuleContext m) {
        m.policies().register("location", Lists.readersOf(m.spec(), "listLocations"));
        m.policies().register(StockLedger.STOCK, Lists.readersOf(m.spec(), "listStock"));
        m.policies().register(StockLedger.MOVEMENT, Lists.readersOf(m.spec(), "listStockMovements"));
        m.policies().register(InventoryService.TRANSFER, Lists.readersOf(m.spec(), "listTransfers"));
        InventoryStore store = new InventoryStore(m.json());
        ObjectMapper json = m.json();
        InventoryService inventory = new InventoryService(store, new StockLedger(store), json);
        var h = new InventoryHandlers(m.database().jdbi(), m.writes(), m.changes(), store, inventory, json);
        m.handlers()
                .handle("listLocations", h::listLocations)
                .handle("listStock", h::listStock)
                .handle("updateStockLevel", h::updateStockLevel)
                .handle("adjustStock", h::adjustStock)
                .handle("listStockMovements", h::listStockMovements)
                .handle("listTransfers", h::listTransfers)
                .handle("createTransfer", h::createTransfer)
                .handle("getTransfer", h::getTransfer)
                .handle("shipTransfer", h::shipTransfer)
                .handle("receiveTransfer", h::receiveTransfer);
    }
}
