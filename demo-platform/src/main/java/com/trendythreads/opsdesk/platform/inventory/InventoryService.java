package com.trendythreads.opsdesk.platform.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.inventory.MovementType;
import com.trendythreads.opsdesk.api.dto.inventory.StockAdjustmentCreate;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevelPatch;
import com.trendythreads.opsdesk.api.dto.inventory.Transfer;
import com.trendythreads.opsdesk.api.dto.inventory.TransferCreate;
import com.trendythreads.opsdesk.api.dto.inventory.TransferLine;
import com.trendythreads.opsdesk.api.dto.inventory.TransferReceive;
import com.trendythreads.opsdesk.api.dto.inventory.TransferStatus;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Validation;
import com.trendythreads.opsdesk.platform.writes.Tx;
import com.trendythreads.opsdesk.platform.store.Counters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// Inventory writes: stock settings, adjustments, and transfers (create → ship → receive). Every method
/// runs inside the platform's write unit ([Tx]).
public final class InventoryService {

    public static final String TRANSFER = "transfer";

    private final InventoryStore store;
    private final StockLedger ledger;
    private final ObjectMapper json;

    public InventoryService(InventoryStore store, StockLedger ledger, ObjectMapper json) {
        this.store = store;
        this.ledger = ledger;
        this.json = json;
    }

    public StockLevel requireStock(Tx tx, String locationId, String sku) {
        return store.findStock(tx.handle(), locationId, sku)
                .orElseThrow(() -> ApiError.notFound("No stock of " + sku + " at " + locationId));
    }

    /// Reorder point, reorder quantity and bin: absent = unchanged, null clears.
    public StockLevel updateLevel(Tx tx, StockLevel cur, JsonNode patch) {
        StockLevelPatch p = Json.convert(json, patch, StockLevelPatch.class);
        var v = Validation.forBody();
        v.min("reorderPoint", p.reorderPoint(), 0).min("reorderQty", p.reorderQty(), 0)
                .maxLength("bin", p.bin(), 20);
        v.throwIfAny();
        StockLevel next = new StockLevel(cur.id(), cur.locationId(), cur.sku(),
                patch.has("bin") ? p.bin() : cur.bin(), cur.onHand(), cur.committed(), cur.available(),
                cur.incoming(), patch.has("reorderPoint") ? p.reorderPoint() : cur.reorderPoint(),
                patch.has("reorderQty") ? p.reorderQty() : cur.reorderQty(), tx.now(), cur.version() + 1);
        store.updateStock(tx.handle(), next, cur.version());
        tx.recordChange(StockLedger.STOCK, next.id(), ChangeOp.UPSERT, next.version(), next);
        return next;
    }

    /// A signed correction of on hand with a reason; it may not take on hand below zero.
    public StockLevel adjust(Tx tx, StockAdjustmentCreate a) {
        Handle h = tx.handle();
        var v = Validation.forBody();
        v.require("locationId", a.locationId()).require("sku", a.sku()).require("delta", a.delta())
                .require("reason", a.reason()).maxLength("note", a.note(), 500);
        v.check(a.delta() == null || a.delta() != 0, "delta", "must not be zero");
        if (a.locationId() != null && !a.locationId().isBlank()) {
            v.check(store.locations().exists(h, a.locationId()), "locationId", "no location " + a.locationId());
        }
        if (a.sku() != null && !a.sku().isBlank()) {
            v.check(skuExists(h, a.sku()), "sku", "no SKU " + a.sku());
        }
        v.throwIfAny();
        Optional<StockLevel> existing = store.findStock(h, a.locationId(), a.sku());
        int onHand = existing.map(StockLevel::onHand).orElse(0);
        long after = (long) onHand + a.delta();
        v.check(after >= 0, "delta", "would leave on hand at " + after + " (on hand is " + onHand + ")");
        v.check(after <= Integer.MAX_VALUE, "delta", "would take on hand past " + Integer.MAX_VALUE);
        v.throwIfAny();
        return ledger.apply(tx, existing, a.locationId(), a.sku(), a.delta(), 0, 0, MovementType.ADJUSTMENT, a.reason(),
                null, a.note()).stock();
    }

    public Transfer requireTransfer(Tx tx, String id) {
        return store.transfers().find(tx.handle(), id)
                .orElseThrow(() -> ApiError.notFound("No transfer " + id));
    }

    public Transfer create(Tx tx, TransferCreate c) {
        Handle h = tx.handle();
        var v = Validation.forBody();
        v.require("fromLocationId", c.fromLocationId()).require("toLocationId", c.toLocationId())
                .require("lines", c.lines()).maxLength("note", c.note(), 500);
        boolean fromOk = present(c.fromLocationId()) && store.locations().find(h, c.fromLocationId()).isPresent();
        v.check(!present(c.fromLocationId()) || fromOk, "fromLocationId", "no location " + c.fromLocationId());
        if (present(c.toLocationId())) {
            v.check(store.locations().find(h, c.toLocationId()).isPresent(), "toLocationId",
                    "no location " + c.toLocationId());
            v.check(!c.toLocationId().equals(c.fromLocationId()), "toLocationId", "must differ from fromLocationId");
        }
        List<TransferCreate.Line> lines = c.lines() == null ? List.of() : c.lines();
        v.check(lines.size() <= 1000, "lines", "must have at most 1000 lines");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String at = "lines[" + i + "]";
            TransferCreate.Line l = lines.get(i);
            if (l == null) {
                v.check(false, at, "must not be null");
                continue;
            }
            v.require(at + ".sku", l.sku()).require(at + ".quantity", l.quantity());
            v.min(at + ".quantity", l.quantity(), 1);
            if (present(l.sku())) {
                Integer first = seen.putIfAbsent(l.sku(), i);
                v.check(first == null, at + ".sku", "duplicates lines[" + first + "].sku");
                boolean known = skuExists(h, l.sku());
                v.check(known, at + ".sku", "no SKU " + l.sku());
                if (known && fromOk && l.quantity() != null && l.quantity() >= 1) {
                    int available = store.findStock(h, c.fromLocationId(), l.sku())
                            .map(StockLevel::available).orElse(0);
                    v.check(available >= l.quantity(), at + ".quantity", "only " + available + " of " + l.sku()
                            + " available at " + c.fromLocationId());
                }
            }
        }
        v.throwIfAny();
        String id = Counters.next(h, Counters.Sequence.TRANSFER);
        List<TransferLine> tl = lines.stream().map(l -> new TransferLine(l.sku(), l.quantity(), null)).toList();
        Transfer t = new Transfer(id, c.fromLocationId(), c.toLocationId(), TransferStatus.CREATED, tl, c.note(),
                tx.principal().userId(), tx.now(), null, null, 1);
        store.transfers().insert(h, t);
        tx.recordChange(TRANSFER, id, ChangeOp.UPSERT, t.version(), t);
        return t;
    }

    /// CREATED → SHIPPED: the goods leave the source (on hand down, TRANSFER_OUT) and are incoming at the
    /// destination.
    public Transfer ship(Tx tx, Transfer t) {
        if (t.status() != TransferStatus.CREATED) {
            throw ApiError.conflict("transfer-not-created", "Transfer " + t.id() + " is " + t.status()
                    + "; only a CREATED transfer can be shipped").withError("status", "is " + t.status());
        }
        var v = Validation.forBody();
        for (int i = 0; i < t.lines().size(); i++) {
            TransferLine l = t.lines().get(i);
            int onHand = store.findStock(tx.handle(), t.fromLocationId(), l.sku()).map(StockLevel::onHand).orElse(0);
            v.check(onHand >= l.quantity(), "lines[" + i + "].quantity", "only " + onHand + " of " + l.sku()
                    + " on hand at " + t.fromLocationId() + " now");
        }
        v.throwIfAny();
        for (TransferLine l : t.lines()) {
            ledger.apply(tx, t.fromLocationId(), l.sku(), -l.quantity(), 0, 0, MovementType.TRANSFER_OUT, null,
                    t.id(), null);
            ledger.apply(tx, t.toLocationId(), l.sku(), 0, 0, l.quantity(), MovementType.TRANSFER_IN, null, t.id(),
                    null);
        }
        Transfer next = new Transfer(t.id(), t.fromLocationId(), t.toLocationId(), TransferStatus.SHIPPED, t.lines(),
                t.note(), t.createdBy(), t.createdAt(), tx.now(), null, t.version() + 1);
        store.transfers().update(tx.handle(), next, t.version());
        tx.recordChange(TRANSFER, next.id(), ChangeOp.UPSERT, next.version(), next);
        return next;
    }

    /// SHIPPED → RECEIVED (or RECEIVED_WITH_DISCREPANCY when a count differs): the counted goods go on hand
    /// at the destination (TRANSFER_IN) and the shipped quantity stops being incoming.
    public Transfer receive(Tx tx, Transfer t, TransferReceive r) {
        if (t.status() != TransferStatus.SHIPPED) {
            throw ApiError.conflict("transfer-not-shipped", "Transfer " + t.id() + " is " + t.status()
                    + "; only a SHIPPED transfer can be received").withError("status", "is " + t.status());
        }
        var v = Validation.forBody();
        v.require("lines", r.lines());
        Map<String, Integer> shipped = new LinkedHashMap<>();
        t.lines().forEach(l -> shipped.put(l.sku(), l.quantity()));
        Map<String, Integer> counted = new HashMap<>();
        List<TransferReceive.Line> given = r.lines() == null ? List.of() : r.lines();
        for (int i = 0; i < given.size(); i++) {
            String at = "lines[" + i + "]";
            TransferReceive.Line l = given.get(i);
            if (l == null) {
                v.check(false, at, "must not be null");
                continue;
            }
            v.require(at + ".sku", l.sku()).require(at + ".receivedQuantity", l.receivedQuantity())
                    .min(at + ".receivedQuantity", l.receivedQuantity(), 0);
            if (present(l.sku()) && l.receivedQuantity() != null) {
                long onHand = store.findStock(tx.handle(), t.toLocationId(), l.sku()).map(StockLevel::onHand).orElse(0);
                v.check(onHand + l.receivedQuantity() <= Integer.MAX_VALUE, at + ".receivedQuantity",
                        "would take on hand past " + Integer.MAX_VALUE);
            }
            if (present(l.sku())) {
                v.check(shipped.containsKey(l.sku()), at + ".sku", "is not a line of transfer " + t.id());
                boolean first = !counted.containsKey(l.sku());
                v.check(first, at + ".sku", "is given twice");
                if (first && l.receivedQuantity() != null) {
                    counted.put(l.sku(), l.receivedQuantity());
                }
            }
        }
        List<String> missing = new ArrayList<>(shipped.keySet());
        missing.removeAll(counted.keySet());
        v.check(missing.isEmpty(), "lines", "must give every line of the transfer; missing " + missing);
        v.throwIfAny();

        boolean discrepancy = false;
        List<TransferLine> lines = new ArrayList<>();
        for (TransferLine l : t.lines()) {
            int received = counted.get(l.sku());
            discrepancy |= received != l.quantity();
            ledger.apply(tx, t.toLocationId(), l.sku(), received, 0, -l.quantity(), MovementType.TRANSFER_IN, null,
                    t.id(), null);
            lines.add(new TransferLine(l.sku(), l.quantity(), received));
        }
        Transfer next = new Transfer(t.id(), t.fromLocationId(), t.toLocationId(),
                discrepancy ? TransferStatus.RECEIVED_WITH_DISCREPANCY : TransferStatus.RECEIVED, List.copyOf(lines),
                t.note(), t.createdBy(), t.createdAt(), t.shippedAt(), tx.now(), t.version() + 1);
        store.transfers().update(tx.handle(), next, t.version());
        tx.recordChange(TRANSFER, next.id(), ChangeOp.UPSERT, next.version(), next);
        return next;
    }

    private static boolean skuExists(Handle h, String sku) {
        return h.createQuery("SELECT COUNT(*) FROM skus WHERE sku = :sku").bind("sku", sku)
                .mapTo(Integer.class).one() > 0;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
