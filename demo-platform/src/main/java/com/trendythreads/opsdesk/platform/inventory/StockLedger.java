package com.trendythreads.opsdesk.platform.inventory;

import com.trendythreads.opsdesk.api.dto.inventory.AdjustmentReason;
import com.trendythreads.opsdesk.api.dto.inventory.MovementType;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.dto.inventory.StockMovement;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.writes.Tx;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// The one way stock changes: a delta to on hand / committed / incoming of one SKU at one location,
/// with its movement row and the `stock` and `movement` change-feed entries. Inventory (adjustments,
/// transfers), orders (commit, release, returns), fulfilment (pick) and the simulator (receipts) all
/// change stock through this, inside their own [Tx], so a movement has one id format (`mov_<row id>`)
/// and one wire shape wherever it comes from.
public final class StockLedger {

    public static final String STOCK = "stock";
    public static final String MOVEMENT = "movement";

    private final InventoryStore store;

    public StockLedger(InventoryStore store) {
        this.store = store;
    }

    /// The stock row of `sku` at `locationId`, if it was ever stocked there.
    public Optional<StockLevel> find(Handle h, String locationId, String sku) {
        return store.findStock(h, locationId, sku);
    }

    /// Reserves `qty` for an order (committed +qty).
    public StockLevel commit(Tx tx, String locationId, String sku, int qty) {
        return apply(tx, locationId, sku, 0, qty, 0, null, null, null, null).stock();
    }

    /// Gives back an order's reservation (committed −qty, never below zero).
    public StockLevel release(Tx tx, String locationId, String sku, int qty) {
        return apply(tx, locationId, sku, 0, -qty, 0, null, null, null, null).stock();
    }

    /// Goods leave with a shipment: on hand −picked, committed −reserved, and a PICK movement when
    /// anything was picked.
    public StockLevel pick(Tx tx, String locationId, String sku, int picked, int reserved, String reference) {
        return apply(tx, locationId, sku, -picked, -reserved, 0, MovementType.PICK, null, reference, null).stock();
    }

    /// Goods arrive outside a transfer (a customer return, a supplier receipt): on hand +qty and a
    /// movement of `type`.
    public StockLevel receive(Tx tx, String locationId, String sku, int qty, MovementType type, String reference,
                              String note) {
        return apply(tx, locationId, sku, qty, 0, 0, type, null, reference, note).stock();
    }

    /// What one call did.
    public record Applied(StockLevel stock, StockMovement movement) {
    }

    /// Applies the deltas (creating the stock row at zero if the SKU was never stocked there), bumps the
    /// row's version and records its change. A movement of `type` is written for a non-zero `onHandDelta`.
    /// The caller has checked that on hand does not go below zero. Committed never does: releasing more
    /// than is reserved (an order placed before its reservation was counted, e.g. seeded or imported
    /// data) releases what there is.
    public Applied apply(Tx tx, String locationId, String sku, int onHandDelta, int committedDelta,
                         int incomingDelta, MovementType type, AdjustmentReason reason, String reference,
                         String note) {
        return apply(tx, store.findStock(tx.handle(), locationId, sku), locationId, sku, onHandDelta, committedDelta,
                incomingDelta, type, reason, reference, note);
    }

    /// [#apply(Tx, String, String, int, int, int, MovementType, AdjustmentReason, String, String)] for a caller
    /// that has just read the row (`existing`, in this transaction) to check the change.
    public Applied apply(Tx tx, Optional<StockLevel> existing, String locationId, String sku, int onHandDelta,
                         int committedDelta, int incomingDelta, MovementType type, AdjustmentReason reason,
                         String reference, String note) {
        var h = tx.handle();
        StockLevel next;
        if (existing.isEmpty()) {
            int onHand = onHandDelta;
            int committed = Math.max(0, committedDelta);
            next = new StockLevel(InventoryStore.stockId(locationId, sku), locationId, sku, null, onHand,
                    committed, onHand - committed, incomingDelta, null, null, tx.now(), 1);
            store.insertStock(h, next);
        } else {
            StockLevel cur = existing.get();
            // The row in hand is the audit's "before": otherwise the audit looks up the record's last
            // change-feed row, a query per write that grows with the record's history.
            tx.priorState(STOCK, cur.id(), cur);
            int onHand = cur.onHand() + onHandDelta;
            int committed = Math.max(0, cur.committed() + committedDelta);
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
