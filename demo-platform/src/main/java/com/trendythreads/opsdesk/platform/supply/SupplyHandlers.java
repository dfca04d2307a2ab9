package com.trendythreads.opsdesk.platform.supply;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrder;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderCreate;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderPatch;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderReceive;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderStatus;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.crm.DomainDeps;
import com.trendythreads.opsdesk.platform.crm.Responses;
import com.trendythreads.opsdesk.platform.http.Etags;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Params;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.store.Filter;
import com.trendythreads.opsdesk.platform.writes.WriteResult;
import io.javalin.http.Context;
import java.util.Set;

/// `listSuppliers`, `listSupplierItems`, and the purchase order operations.
final class SupplyHandlers {

    private final DomainDeps deps;
    private final SupplyTables tables;
    private final PurchaseOrders orders;
    private final Set<Role> payoutRoles;

    SupplyHandlers(DomainDeps deps, SupplyTables tables, PurchaseOrders orders, Set<Role> payoutRoles) {
        this.deps = deps;
        this.tables = tables;
        this.orders = orders;
        this.payoutRoles = payoutRoles;
    }

    /// A supplier as `who` may see it: the IBAN shows its last four characters only outside the payout roles.
    JsonNode maskPayout(JsonNode supplier, Principal who) {
        if (who.hasAnyRole(payoutRoles) || !supplier.path("payout").isObject()) {
            return supplier;
        }
        ObjectNode copy = supplier.deepCopy();
        ObjectNode payout = (ObjectNode) copy.get("payout");
        String iban = payout.path("iban").asText("");
        payout.put("iban", "••••" + (iban.length() > 4 ? iban.substring(iban.length() - 4) : ""));
        return copy;
    }

    void listSuppliers(Context ctx) {
        Principal who = Principal.of(ctx);
        Responses.page(ctx, deps, tables.suppliers, Filter.all(), DocTable.Sort.BY_ID,
                s -> maskPayout(deps.json().valueToTree(s), who));
    }

    void listSupplierItems(Context ctx) {
        String supplierId = blankToNull(ctx.queryParam("supplierId"));
        Responses.page(ctx, deps, tables.items, Filter.all().eq("supplier_id", supplierId), DocTable.Sort.BY_ID,
                i -> i);
    }

    void listPurchaseOrders(Context ctx) {
        PurchaseOrderStatus status = Params.enumParam(ctx, "status", PurchaseOrderStatus.class);
        String supplierId = blankToNull(ctx.queryParam("supplierId"));
        Responses.page(ctx, deps, tables.purchaseOrders,
                Filter.all().eq("status", status).eq("supplier_id", supplierId), DocTable.Sort.BY_ID, p -> p);
    }

    void getPurchaseOrder(Context ctx) {
        PurchaseOrder po = deps.jdbi().withHandle(h -> orders.require(h, ctx.pathParam("purchaseOrderId")));
        Responses.single(ctx, deps.json(), po, po.version());
    }

    void createPurchaseOrder(Context ctx) {
        PurchaseOrderCreate body = Json.read(ctx, deps.json(), PurchaseOrderCreate.class);
        deps.writes().execute(ctx, tx -> {
            PurchaseOrder po = orders.create(tx, body);
            return WriteResult.created(po, "/v1/purchase-orders/" + po.id()).withEtag(po.version());
        });
    }

    void updatePurchaseOrder(Context ctx) {
        JsonNode raw = Json.readTree(ctx, deps.json());
        PurchaseOrderPatch patch = Json.convert(deps.json(), raw, PurchaseOrderPatch.class);
        deps.writes().execute(ctx, tx -> {
            PurchaseOrder cur = orders.require(tx.handle(), ctx.pathParam("purchaseOrderId"));
            Etags.requireIfMatch(ctx, cur.version(), () -> cur);
            PurchaseOrder next = orders.update(tx, cur, raw, patch);
            return WriteResult.ok(next).withEtag(next.version());
        });
    }

    void sendPurchaseOrder(Context ctx) {
        deps.writes().execute(ctx, tx -> {
            PurchaseOrder cur = orders.require(tx.handle(), ctx.pathParam("purchaseOrderId"));
            Etags.checkIfMatch(ctx, cur.version(), () -> cur);
            PurchaseOrder next = orders.send(tx, cur);
            return WriteResult.ok(next).withEtag(next.version());
        });
    }

    void receivePurchaseOrder(Context ctx) {
        PurchaseOrderReceive body = Json.read(ctx, deps.json(), PurchaseOrderReceive.class);
        deps.writes().execute(ctx, tx -> {
            PurchaseOrder cur = orders.require(tx.handle(), ctx.pathParam("purchaseOrderId"));
            Etags.checkIfMatch(ctx, cur.version(), () -> cur);
            PurchaseOrder next = orders.receive(tx, cur, body);
            return WriteResult.ok(next).withEtag(next.version());
        });
    }

    void cancelPurchaseOrder(Context ctx) {
        deps.writes().execute(ctx, tx -> {
            PurchaseOrder cur = orders.require(tx.handle(), ctx.pathParam("purchaseOrderId"));
            Etags.checkIfMatch(ctx, cur.version(), () -> cur);
            PurchaseOrder next = orders.cancel(tx, cur);
            return WriteResult.ok(next).withEtag(next.version());
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
