package com.trendythreads.opsdesk.platform.supply;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.inventory.MovementType;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrder;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderCreate;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderLine;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderPatch;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderReceipt;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderReceive;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderStatus;
import com.trendythreads.opsdesk.api.dto.supply.Supplier;
import com.trendythreads.opsdesk.api.dto.supply.SupplierItem;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Validation;
import com.trendythreads.opsdesk.platform.inventory.StockLedger;
import com.trendythreads.opsdesk.platform.store.Counters;
import com.trendythreads.opsdesk.platform.writes.Tx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// Purchase order writes, each inside the platform's write unit ([Tx]):
///
/// - create / update: a DRAFT; every SKU must be one the supplier supplies (`supplier_items`), the cost
///   defaults to the supplier's current unit cost;
/// - send: DRAFT → SENT; each line's quantity becomes `incoming` at the PO's location, `expectedAt` =
///   now + the supplier's promised lead time;
/// - receive: SENT / PARTIALLY_RECEIVED → PARTIALLY_RECEIVED / RECEIVED; the counted units go on hand
///   (a RECEIPT movement referencing the PO) and stop being incoming, at most what was outstanding per
///   line (an over-delivery adds on hand only); when every line is complete, or `closeShort`, what is
///   still outstanding stops being incoming too;
/// - cancel: DRAFT / SENT / PARTIALLY_RECEIVED → CANCELLED; what is outstanding stops being incoming.
public final class PurchaseOrders {

    private final SupplyTables tables;
    private final StockLedger ledger;

    public PurchaseOrders(SupplyTables tables, StockLedger ledger) {
        this.tables = tables;
        this.ledger = ledger;
    }

    public PurchaseOrder require(Handle h, String id) {
        return tables.purchaseOrders.find(h, id).orElseThrow(() -> ApiError.notFound("No purchase order " + id));
    }

    public PurchaseOrder create(Tx tx, PurchaseOrderCreate c) {
        Handle h = tx.handle();
        var v = Validation.forBody();
        v.require("supplierId", c.supplierId()).require("locationId", c.locationId()).require("lines", c.lines())
                .maxLength("note", c.note(), 1000);
        Optional<Supplier> supplier = present(c.supplierId()) ? tables.suppliers.find(h, c.supplierId())
                : Optional.empty();
        v.check(!present(c.supplierId()) || supplier.isPresent(), "supplierId", "no supplier " + c.supplierId());
        checkLocation(v, h, c.locationId());
        List<PurchaseOrderLine> lines = lines(v, h, c.supplierId(), supplier.isPresent(), c.lines());
        v.throwIfAny();
        String id = Counters.next(h, Counters.Sequence.PURCHASE_ORDER);
        PurchaseOrder po = new PurchaseOrder(id, c.supplierId(), c.locationId(), PurchaseOrderStatus.DRAFT,
                supplier.orElseThrow().currency(), lines, total(lines), c.note(), tx.principal().userId(), tx.now(),
                null, null, List.of(), null, tx.now(), 1);
        tables.purchaseOrders.insert(h, po);
        tx.recordChange(SupplyTables.PURCHASE_ORDER, id, ChangeOp.UPSERT, po.version(), po);
        return po;
    }

    /// JSON merge semantics on a DRAFT: absent = unchanged; `lines` replaces all lines; `note: null` clears.
    public PurchaseOrder update(Tx tx, PurchaseOrder cur, JsonNode raw, PurchaseOrderPatch p) {
        requireStatus(cur, "update", PurchaseOrderStatus.DRAFT);
        Handle h = tx.handle();
        var v = Validation.forBody();
        v.check(!(raw.has("locationId") && raw.get("locationId").isNull()), "locationId", "cannot be null");
        v.check(!(raw.has("lines") && raw.get("lines").isNull()), "lines", "cannot be null");
        v.maxLength("note", p.note(), 1000);
        v.throwIfAny();
        String location = raw.has("locationId") ? p.locationId() : cur.locationId();
        if (raw.has("locationId")) {
            checkLocation(v, h, location);
        }
        List<PurchaseOrderLine> lines = raw.has("lines") ? lines(v, h, cur.supplierId(), true, p.lines())
                : cur.lines();
        v.throwIfAny();
        PurchaseOrder next = new PurchaseOrder(cur.id(), cur.supplierId(), location, cur.status(), cur.currency(),
                lines, total(lines), raw.has("note") ? p.note() : cur.note(), cur.createdBy(), cur.createdAt(), null,
                null, List.of(), null, tx.now(), cur.version() + 1);
        return save(tx, cur, next);
    }

    public PurchaseOrder send(Tx tx, PurchaseOrder cur) {
        requireStatus(cur, "send", PurchaseOrderStatus.DRAFT);
        Supplier s = tables.suppliers.find(tx.handle(), cur.supplierId())
                .orElseThrow(() -> new IllegalStateException("PO " + cur.id() + " names no supplier"));
        for (PurchaseOrderLine l : cur.lines()) {
            ledger.apply(tx, cur.locationId(), l.sku(), 0, 0, l.quantity(), null, null, cur.id(), null);
        }
        PurchaseOrder next = with(cur, PurchaseOrderStatus.SENT, cur.lines(), cur.receipts(), tx, null);
        next = new PurchaseOrder(next.id(), next.supplierId(), next.locationId(), next.status(), next.currency(),
                next.lines(), next.totalCents(), next.note(), next.createdBy(), next.createdAt(), tx.now(),
                tx.now().plus(Duration.ofDays(s.leadTimeDays())), next.receipts(), null, tx.now(), next.version());
        return save(tx, cur, next);
    }

    public PurchaseOrder receive(Tx tx, PurchaseOrder cur, PurchaseOrderReceive r) {
        requireStatus(cur, "receive", PurchaseOrderStatus.SENT, PurchaseOrderStatus.PARTIALLY_RECEIVED);
        var v = Validation.forBody();
        v.require("lines", r.lines()).maxLength("note", r.note(), 1000);
        Map<String, PurchaseOrderLine> bySku = new LinkedHashMap<>();
        cur.lines().forEach(l -> bySku.put(l.sku(), l));
        Map<String, Integer> counted = new LinkedHashMap<>();
        List<PurchaseOrderReceive.Line> given = r.lines() == null ? List.of() : r.lines();
        for (int i = 0; i < given.size(); i++) {
            String at = "lines[" + i + "]";
            PurchaseOrderReceive.Line l = given.get(i);
            if (l == null) {
                v.check(false, at, "must not be null");
                continue;
            }
            v.require(at + ".sku", l.sku()).require(at + ".receivedQuantity", l.receivedQuantity())
                    .min(at + ".receivedQuantity", l.receivedQuantity(), 0);
            if (present(l.sku())) {
                v.check(bySku.containsKey(l.sku()), at + ".sku", "is not a line of purchase order " + cur.id());
                v.check(!counted.containsKey(l.sku()), at + ".sku", "is given twice");
                if (l.receivedQuantity() != null && l.receivedQuantity() >= 0) {
                    counted.putIfAbsent(l.sku(), l.receivedQuantity());
                    PurchaseOrderLine line = bySku.get(l.sku());
                    if (line != null) {
                        v.check((long) line.receivedQuantity() + l.receivedQuantity() <= Integer.MAX_VALUE,
                                at + ".receivedQuantity", "is too large");
                    }
                }
            }
        }
        v.throwIfAny();
        boolean closeShort = Boolean.TRUE.equals(r.closeShort());
        List<PurchaseOrderLine> lines = new ArrayList<>();
        List<PurchaseOrderReceipt.Line> receiptLines = new ArrayList<>();
        boolean complete = true;
        for (PurchaseOrderLine l : cur.lines()) {
            int qty = counted.getOrDefault(l.sku(), 0);
            int outstanding = Math.max(0, l.quantity() - l.receivedQuantity());
            int received = l.receivedQuantity() + qty;
            boolean lineDone = received >= l.quantity();
            complete &= lineDone;
            lines.add(new PurchaseOrderLine(l.sku(), l.quantity(), l.unitCostCents(), received));
            if (counted.containsKey(l.sku())) {
                receiptLines.add(new PurchaseOrderReceipt.Line(l.sku(), qty));
            }
            int incomingDown = Math.min(qty, outstanding);
            if (qty != 0 || incomingDown != 0) {
                ledger.apply(tx, cur.locationId(), l.sku(), qty, 0, -incomingDown, MovementType.RECEIPT, null,
                        cur.id(), r.note());
            }
            // Kept back for the rest of the PO until it is closed; closing releases it.
            int leftAfter = outstanding - incomingDown;
            if (closeShort && leftAfter > 0) {
                ledger.apply(tx, cur.locationId(), l.sku(), 0, 0, -leftAfter, null, null, cur.id(), null);
            }
        }
        boolean closed = complete || closeShort;
        String receiptId = cur.id() + "-R" + (cur.receipts().size() + 1);
        List<PurchaseOrderReceipt> receipts = new ArrayList<>(cur.receipts());
        receipts.add(new PurchaseOrderReceipt(receiptId, tx.now(), tx.principal().userId(),
                List.copyOf(receiptLines), r.note()));
        return save(tx, cur, with(cur, closed ? PurchaseOrderStatus.RECEIVED : PurchaseOrderStatus.PARTIALLY_RECEIVED,
                List.copyOf(lines), List.copyOf(receipts), tx, closed ? tx.now() : null));
    }

    public PurchaseOrder cancel(Tx tx, PurchaseOrder cur) {
        requireStatus(cur, "cancel", PurchaseOrderStatus.DRAFT, PurchaseOrderStatus.SENT,
                PurchaseOrderStatus.PARTIALLY_RECEIVED);
        if (cur.status() != PurchaseOrderStatus.DRAFT) {
            for (PurchaseOrderLine l : cur.lines()) {
                int outstanding = Math.max(0, l.quantity() - l.receivedQuantity());
                if (outstanding > 0) {
                    ledger.apply(tx, cur.locationId(), l.sku(), 0, 0, -outstanding, null, null, cur.id(), null);
                }
            }
        }
        return save(tx, cur, with(cur, PurchaseOrderStatus.CANCELLED, cur.lines(), cur.receipts(), tx, tx.now()));
    }

    private static PurchaseOrder with(PurchaseOrder cur, PurchaseOrderStatus status, List<PurchaseOrderLine> lines,
                                      List<PurchaseOrderReceipt> receipts, Tx tx, java.time.Instant closedAt) {
        return new PurchaseOrder(cur.id(), cur.supplierId(), cur.locationId(), status, cur.currency(), lines,
                total(lines), cur.note(), cur.createdBy(), cur.createdAt(), cur.sentAt(), cur.expectedAt(), receipts,
                closedAt, tx.now(), cur.version() + 1);
    }

    private PurchaseOrder save(Tx tx, PurchaseOrder cur, PurchaseOrder next) {
        tables.purchaseOrders.update(tx.handle(), next, cur.version());
        tx.recordChange(SupplyTables.PURCHASE_ORDER, next.id(), ChangeOp.UPSERT, next.version(), next);
        return next;
    }

    private static void requireStatus(PurchaseOrder po, String action, PurchaseOrderStatus... allowed) {
        for (PurchaseOrderStatus s : allowed) {
            if (po.status() == s) {
                return;
            }
        }
        throw ApiError.conflict("purchase-order-status", "Purchase order " + po.id() + " is " + po.status()
                + "; it cannot " + action + " now").withError("status", "is " + po.status());
    }

    private void checkLocation(Validation v, Handle h, String locationId) {
        if (present(locationId)) {
            v.check(h.createQuery("SELECT COUNT(*) FROM locations WHERE id = :id").bind("id", locationId)
                    .mapTo(Integer.class).one() > 0, "locationId", "no location " + locationId);
        }
    }

    private List<PurchaseOrderLine> lines(Validation v, Handle h, String supplierId, boolean supplierKnown,
                                          List<PurchaseOrderCreate.Line> given) {
        List<PurchaseOrderLine> out = new ArrayList<>();
        if (given == null) {
            return out;
        }
        v.check(!given.isEmpty(), "lines", "must have at least one line");
        v.check(given.size() <= 500, "lines", "must have at most 500 lines");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "lines[" + i + "]";
            PurchaseOrderCreate.Line l = given.get(i);
            if (l == null) {
                v.check(false, at, "must not be null");
                continue;
            }
            v.require(at + ".sku", l.sku()).require(at + ".quantity", l.quantity()).min(at + ".quantity",
                    l.quantity(), 1).min(at + ".unitCostCents", l.unitCostCents(), 0);
            if (!present(l.sku())) {
                continue;
            }
            Integer first = seen.putIfAbsent(l.sku(), i);
            v.check(first == null, at + ".sku", "duplicates lines[" + first + "].sku");
            Optional<SupplierItem> item = tables.items.find(h, l.sku());
            if (supplierKnown) {
                v.check(item.isPresent() && item.get().supplierId().equals(supplierId), at + ".sku",
                        "is not supplied by " + supplierId);
            }
            if (item.isPresent() && l.quantity() != null && l.quantity() >= 1) {
                long cost = l.unitCostCents() != null ? l.unitCostCents() : item.get().unitCostCents();
                out.add(new PurchaseOrderLine(l.sku(), l.quantity(), cost, 0));
            }
        }
        return List.copyOf(out);
    }

    private static long total(List<PurchaseOrderLine> lines) {
        long t = 0;
        for (PurchaseOrderLine l : lines) {
            t += l.quantity() * l.unitCostCents();
        }
        return t;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
