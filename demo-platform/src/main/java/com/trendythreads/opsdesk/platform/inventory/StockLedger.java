package com.trendythreads.opsdesk.platform.inventory;

import com.trendythreads.opsdesk.api.dto.inventory.AdjustmentReason;
import com.trendythreads.opsdesk.api.dto.inventory.MovementType;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.dto.inventory.StockMovement;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.writes.Tx;

/// The one way stock changes: a delta to on hand / committed / incoming of one SKU at one location,
/// with its movement row and the `stock` and `movement` change-feed entries. Other domains (orders,
/// fulfilment) should change stock through this too, inside their own [Tx].
public final class StockLedger {

    public static final String STOCK = "stock";
    public static final String MOVEMENT = "movement";

    private final InventoryStore store;

    public StockLedger(InventoryStore store) {
        this.store = store;
    }

    /// What one call did.
    public record Applied(StockLevel stock, StockMovement movement) {
    }

    /// Applies the deltas (creating the stock row at zero if the SKU was never stocked there), bumps the
    /// row's version and records its change. A movement of `type` is written for a non-zero `onHandDelta`.
    /// The caller has checked that nothing goes below zero.
    public Applied apply(Tx tx, String locationId, String sku, int onHandDelta, int committedDelta,
                         int incomingDelta, MovementType type, AdjustmentReason reason, String reference,
                         String note) {
        var h = tx.handle();
        var existing = store.findStock(h, locationId, sku);
        StockLevel next;
        if (existing.isEmpty()) {
            int onHand = onHandDelta;
            next = new StockLevel(InventoryStore.stockId(locationId, sku), locationId, sku, null, onHand,
                    committedDelta, onHand - committedDelta, incomingDelta, null, null, tx.now(), 1);
            store.insertStock(h, next);
        } else {
            StockLevel cur = existing.get();
            int onHand = cur.onHand() + onHandDelta;
            int committed = cur.committed() + committedDelta;
            next = new StockLevel(cur.id(), locationId, sku, cur.bin(), onHand, committed, onHand - committed,
                    cur.incoming() + incomingDelta, cur.reorderPoint(), cur.reorderQty(), tx.now(),
                    cur.version() + 1);
            store.updateStock(h, next, cur.version());
        }
        tx.recordChange(STOCK, next.id(), ChangeOp.UPSERT, next.version(), next);
        StockMovement movement = null;
        if (onHandDelta != 0) {
            movement = store.insertMovement(h, locationId, sku, onHandDelta, type, reason, reference, note,
                    tx.principal().userId(), tx.now());
            tx.recordChange(MOVEMENT, movement.id(), ChangeOp.UPSERT, movement.version(), store.wire(movement));
        }
        return new Applied(next, movement);
    }
}
