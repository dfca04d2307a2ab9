package com.trendythreads.opsdesk.cache.supply;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrder;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderLine;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderReceipt;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderStatus;
import com.trendythreads.opsdesk.api.dto.supply.Supplier;
import com.trendythreads.opsdesk.api.dto.supply.SupplierItem;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/// Suppliers, the supplier of each SKU and purchase orders as the desk sees them (synced plus its own
/// edits not yet pushed), the supplier scorecards computed from the cached POs ([LeadTimeStats]), and the
/// desk's purchase-order writes, queued through [LocalEdits] (row + outbox entry in one transaction,
/// pushed once with an idempotency key; they work offline).
///
/// Send and cancel carry `If-Match` (they act on the whole PO); a receipt does not: receipts add up, so two
/// people receiving two pallets of one PO must both land.
public final class SupplyData {

    private static final ObjectMapper MAPPER = Json.mapper();

    private static final Set<String> TABLES = Set.of("suppliers", "supplier_items", "purchase_orders");

    private final CacheDatabase db;
    private final LocalEdits edits;
    private final Clock clock;
    private final ZoneId zone;

    public SupplyData(CacheDatabase db, LocalEdits edits, Clock clock, ZoneId zone) {
        this.db = Objects.requireNonNull(db, "db");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /// Calls `listener` after every committed change of suppliers, supplier items or purchase orders (on the
    /// committing thread).
    public com.trendythreads.opsdesk.cache.store.ChangeBus.Subscription onChange(
            java.util.function.Consumer<com.trendythreads.opsdesk.cache.store.TableChange> listener) {
        return db.changes().subscribe(TABLES, listener);
    }

    private <T> List<T> list(Class<T> type, String sql, Map<String, ?> binds) {
        List<String> docs = db.read(h -> {
            var q = h.createQuery(sql);
            binds.forEach((k, v) -> q.bind(k, v instanceof Enum<?> e ? e.name() : v));
            return q.mapTo(String.class).list();
        });
        return docs.stream().map(d -> read(d, type)).toList();
    }

    private <T> Optional<T> one(Class<T> type, String sql, Map<String, ?> binds) {
        return list(type, sql, binds).stream().findFirst();
    }

    public List<Supplier> suppliers() {
        return list(Supplier.class, "SELECT doc FROM suppliers ORDER BY name, id", Map.of());
    }

    public Map<String, Supplier> suppliersById() {
        Map<String, Supplier> out = new LinkedHashMap<>();
        suppliers().forEach(s -> out.put(s.id(), s));
        return out;
    }

    /// The supplier links of `skus` (absent: no supplier known).
    public Map<String, SupplierItem> items(java.util.Collection<String> skus) {
        Map<String, SupplierItem> out = new HashMap<>();
        List<String> all = new ArrayList<>(skus);
        for (int i = 0; i < all.size(); i += 1000) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 1000));
            db.read(h -> h.createQuery("SELECT doc FROM supplier_items WHERE id IN (<skus>)")
                    .bindList("skus", chunk).mapTo(String.class).list())
                    .forEach(d -> {
                        SupplierItem item = read(d, SupplierItem.class);
                        out.put(item.sku(), item);
                    });
        }
        return out;
    }

    /// Purchase orders, newest first; `status` null = all.
    public List<PurchaseOrder> purchaseOrders(PurchaseOrderStatus status) {
        return status == null
                ? list(PurchaseOrder.class, "SELECT doc FROM purchase_orders ORDER BY created_at DESC, id DESC",
                        Map.of())
                : list(PurchaseOrder.class, "SELECT doc FROM purchase_orders WHERE status = :s "
                        + "ORDER BY created_at DESC, id DESC", Map.of("s", status));
    }

    /// The id a PO has now: a `local-…` id of a PO created here becomes the platform's once it is pushed.
    public String currentId(String id) {
        if (id == null || !id.startsWith(LocalEdits.LOCAL_ID_PREFIX)) {
            return id;
        }
        return db.read(h -> h.createQuery("SELECT server_id FROM id_map WHERE resource = :r AND local_id = :id")
                .bind("r", ResourceType.PURCHASE_ORDER.resource()).bind("id", id).mapTo(String.class).findOne())
                .orElse(id);
    }

    /// Every `local-…` id of a PO created here that the platform has named since → its platform id.
    public Map<String, String> renamedIds() {
        Map<String, String> out = new HashMap<>();
        db.read(h -> h.createQuery("SELECT local_id, server_id FROM id_map WHERE resource = :r")
                .bind("r", ResourceType.PURCHASE_ORDER.resource())
                .map((rs, c) -> Map.entry(rs.getString(1), rs.getString(2))).list())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public Optional<PurchaseOrder> purchaseOrder(String id) {
        return one(PurchaseOrder.class, "SELECT doc FROM purchase_orders WHERE id = :id", Map.of("id", id));
    }

    /// Every supplier's scorecard from its cached POs, by supplier id (in the suppliers' order).
    public Map<String, LeadTimeStats.Card> scorecards() {
        Map<String, Supplier> suppliers = suppliersById();
        List<LeadTimeStats.Po> pos = new ArrayList<>();
        for (PurchaseOrder po : purchaseOrders(null)) {
            Supplier s = suppliers.get(po.supplierId());
            if (s != null && po.sentAt() != null) {
                pos.add(toStats(po, s.leadTimeDays()));
            }
        }
        Map<String, LeadTimeStats.Card> out = new LinkedHashMap<>();
        suppliers.values().forEach(s -> out.put(s.id(), LeadTimeStats.of(s.id(), s.leadTimeDays(), pos)));
        return out;
    }

    private LeadTimeStats.Po toStats(PurchaseOrder po, int promisedDays) {
        LocalDate first = po.receipts() == null || po.receipts().isEmpty() ? null
                : po.receipts().stream().map(PurchaseOrderReceipt::receivedAt).min(java.util.Comparator.naturalOrder())
                        .map(t -> LocalDate.ofInstant(t, zone)).orElse(null);
        List<LeadTimeStats.Line> lines = po.lines().stream()
                .map(l -> new LeadTimeStats.Line(l.sku(), l.quantity(), l.receivedQuantity(), l.unitCostCents()))
                .toList();
        return new LeadTimeStats.Po(po.supplierId(), LocalDate.ofInstant(po.sentAt(), zone), first, promisedDays,
                lines);
    }

    // ------------------------------------------------------------------ writes

    /// A DRAFT PO from a planner draft (`createPurchaseOrder`); it shows at once under a `local-…` id.
    public String createDraft(PoPlanner.Draft draft, String note) {
        ObjectNode body = MAPPER.createObjectNode().put("supplierId", draft.supplier().id())
                .put("locationId", draft.locationId());
        ArrayNode lines = body.putArray("lines");
        for (PoPlanner.Line l : draft.lines()) {
            lines.addObject().put("sku", l.sku()).put("quantity", l.quantity()).put("unitCostCents", l.unitCostCents());
        }
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        List<PurchaseOrderLine> local = draft.lines().stream()
                .map(l -> new PurchaseOrderLine(l.sku(), l.quantity(), l.unitCostCents(), 0)).toList();
        PurchaseOrder doc = new PurchaseOrder(null, draft.supplier().id(), draft.locationId(), PurchaseOrderStatus.DRAFT,
                draft.supplier().currency(), local, total(local), body.path("note").asText(null), null,
                clock.instant(), null, null, List.of(), null, clock.instant(), 0);
        ObjectNode localDoc = MAPPER.valueToTree(doc);
        localDoc.remove("id");
        return edits.create(ResourceType.PURCHASE_ORDER, body, localDoc,
                "New purchase order to " + draft.supplier().name());
    }

    /// New quantities for a DRAFT's lines (`updatePurchaseOrder`; lines are replaced whole). A quantity
    /// of 0 drops the line.
    public long updateQuantities(String id, Map<String, Integer> quantities) {
        PurchaseOrder po = purchaseOrder(id).orElseThrow(() -> new IllegalArgumentException("No purchase order " + id));
        List<PurchaseOrderLine> next = new ArrayList<>();
        for (PurchaseOrderLine l : po.lines()) {
            int q = quantities.getOrDefault(l.sku(), l.quantity());
            if (q > 0) {
                next.add(new PurchaseOrderLine(l.sku(), q, l.unitCostCents(), 0));
            }
        }
        if (next.isEmpty()) {
            throw new IllegalArgumentException("A purchase order needs at least one line");
        }
        ObjectNode patch = MAPPER.createObjectNode();
        ArrayNode lines = patch.putArray("lines");
        next.forEach(l -> lines.addObject().put("sku", l.sku()).put("quantity", l.quantity())
                .put("unitCostCents", l.unitCostCents()));
        ObjectNode local = MAPPER.createObjectNode();
        local.set("lines", MAPPER.valueToTree(next));
        local.put("totalCents", total(next));
        return edits.update(ResourceType.PURCHASE_ORDER, id, patch, local, "Change purchase order " + id);
    }

    public long send(String id) {
        return edits.action(ResourceType.PURCHASE_ORDER, id, "send", null,
                MAPPER.createObjectNode().put("status", PurchaseOrderStatus.SENT.name()), true,
                "Send purchase order " + id);
    }

    public long cancel(String id) {
        return edits.action(ResourceType.PURCHASE_ORDER, id, "cancel", null,
                MAPPER.createObjectNode().put("status", PurchaseOrderStatus.CANCELLED.name()), true,
                "Cancel purchase order " + id);
    }

    /// A delivery with the counted quantity per SKU (`receivePurchaseOrder`); shown locally at once with
    /// the lines' received totals and the status the platform will give it.
    public long receive(String id, Map<String, Integer> counted, boolean closeShort) {
        PurchaseOrder po = purchaseOrder(id).orElseThrow(() -> new IllegalArgumentException("No purchase order " + id));
        ObjectNode body = MAPPER.createObjectNode();
        ArrayNode lines = body.putArray("lines");
        counted.forEach((sku, q) -> lines.addObject().put("sku", sku).put("receivedQuantity", q));
        if (closeShort) {
            body.put("closeShort", true);
        }
        List<PurchaseOrderLine> after = new ArrayList<>();
        boolean complete = true;
        for (PurchaseOrderLine l : po.lines()) {
            int received = l.receivedQuantity() + counted.getOrDefault(l.sku(), 0);
            complete &= received >= l.quantity();
            after.add(new PurchaseOrderLine(l.sku(), l.quantity(), l.unitCostCents(), received));
        }
        ObjectNode local = MAPPER.createObjectNode();
        local.set("lines", MAPPER.valueToTree(after));
        local.put("status", (complete || closeShort ? PurchaseOrderStatus.RECEIVED
                : PurchaseOrderStatus.PARTIALLY_RECEIVED).name());
        return edits.action(ResourceType.PURCHASE_ORDER, id, "receive", body, local, false,
                "Receive purchase order " + id);
    }

    static long total(List<PurchaseOrderLine> lines) {
        return lines.stream().mapToLong(l -> l.quantity() * l.unitCostCents()).sum();
    }

    private static <T> T read(String doc, Class<T> type) {
        try {
            return MAPPER.readValue(doc, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A stored " + type.getSimpleName() + " cannot be read", e);
        }
    }
}
