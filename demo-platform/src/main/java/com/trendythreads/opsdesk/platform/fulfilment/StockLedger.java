package com.trendythreads.opsdesk.platform.fulfilment;

import com.trendythreads.opsdesk.api.dto.inventory.MovementType;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.dto.inventory.StockMovement;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.writes.Tx;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// Stock changes that orders and fulfilment cause: committing and releasing stock for orders, picking
/// (on hand and committed down), returns and receipts (on hand up). Each records the `stock` change, and
/// each on-hand change also a `movements` row and its `movement` change, in the caller's write.
///
/// Stock rows are columns, not documents (V2__domain.sql); this reads and writes them the way the
/// inventory module does, with the same wire shapes (`StockLevel`, `StockMovement`).
public final class StockLedger {

    public static final String STOCK = "stock";
    public static final String MOVEMENT = "movement";

    private StockLedger() {
    }

    public static Optional<StockLevel> find(Handle h, String locationId, String sku) {
        return h.createQuery("""
                        SELECT location_id, sku, bin, on_hand, committed_qty, incoming, reorder_point, reorder_qty,
                               updated_at, version
                        FROM stock WHERE location_id = :loc AND sku = :sku""")
                .bind("loc", locationId).bind("sku", sku)
                .map((rs, c) -> new StockLevel(rs.getString(1) + "|" + rs.getString(2), rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(4) - rs.getInt(5),
                        rs.getInt(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8),
                        rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getLong(10)))
                .findOne();
    }

    /// Reserves `qty` for an order (committed +qty).
    public static StockLevel commit(Tx tx, String locationId, String sku, int qty) {
        return change(tx, locationId, sku, 0, qty);
    }

    /// Gives back a reservation (committed −qty, never below zero).
    public static StockLevel release(Tx tx, String locationId, String sku, int qty) {
        return change(tx, locationId, sku, 0, -qty);
    }

    /// Goods leave with a shipment: on hand −picked, committed −reserved, one PICK movement.
    public static StockLevel pick(Tx tx, String locationId, String sku, int picked, int reserved, String reference) {
        StockLevel level = change(tx, locationId, sku, -picked, -reserved);
        if (picked > 0) {
            movement(tx, locationId, sku, -picked, MovementType.PICK, reference, null);
        }
        return level;
    }

    /// Goods arrive (a return or a supplier receipt): on hand +qty and a movement of `type`.
    public static StockLevel receive(Tx tx, String locationId, String sku, int qty, MovementType type,
                                     String reference, String note) {
        StockLevel level = change(tx, locationId, sku, qty, 0);
        movement(tx, locationId, sku, qty, type, reference, note);
        return level;
    }

    private static StockLevel change(Tx tx, String locationId, String sku, int onHandDelta, int committedDelta) {
        Handle h = tx.handle();
        if (find(h, locationId, sku).isEmpty()) {
            h.createUpdate("""
                            INSERT INTO stock (location_id, sku, bin, on_hand, committed_qty, incoming, updated_at, version)
                            VALUES (:loc, :sku, NULL, 0, 0, 0, :now, 0)""")
                    .bind("loc", locationId).bind("sku", sku).bind("now", tx.now()).execute();
        }
        h.createUpdate("""
                        UPDATE stock SET on_hand = on_hand + :onHand,
                            committed_qty = CASE WHEN committed_qty + :committed < 0 THEN 0 ELSE committed_qty + :committed END,
                            updated_at = :now, version = version + 1
                        WHERE location_id = :loc AND sku = :sku""")
                .bind("onHand", onHandDelta).bind("committed", committedDelta).bind("now", tx.now())
                .bind("loc", locationId).bind("sku", sku).execute();
        StockLevel level = find(h, locationId, sku).orElseThrow();
        tx.recordChange(STOCK, level.id(), ChangeOp.UPSERT, level.version(), level);
        return level;
    }

    private static void movement(Tx tx, String locationId, String sku, int delta, MovementType type,
                                 String reference, String note) {
        long id = tx.handle().createUpdate("""
                        INSERT INTO movements (location_id, sku, delta, type, reason, reference, note, user_id, at)
                        VALUES (:loc, :sku, :delta, :type, NULL, :ref, :note, :user, :at)""")
                .bind("loc", locationId).bind("sku", sku).bind("delta", delta).bind("type", type.name())
                .bind("ref", reference).bind("note", note).bind("user", tx.principal().userId()).bind("at", tx.now())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        StockMovement m = new StockMovement(Long.toString(id), locationId, sku, delta, type, null, reference, note,
                tx.principal().userId(), tx.now(), 1);
        tx.recordChange(MOVEMENT, m.id(), ChangeOp.UPSERT, 1, m);
    }
}
