package com.trendythreads.opsdesk.platform.inventory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.changes.ResourceReaders;

/// The inventory (IMS): locations, stock per SKU × location, adjustments, movements and transfers.
public final class InventoryModule implements DomainModule {

    @Override
    public void register(ModuleContext m) {
        m.policies().register("location", ResourceReaders.of(m.spec(), "location"));
        m.policies().register(StockLedger.STOCK, ResourceReaders.of(m.spec(), StockLedger.STOCK));
        m.policies().register(StockLedger.MOVEMENT, ResourceReaders.of(m.spec(), StockLedger.MOVEMENT));
        m.policies().register(InventoryService.TRANSFER, ResourceReaders.of(m.spec(), InventoryService.TRANSFER));
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
