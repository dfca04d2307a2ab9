package com.trendythreads.opsdesk.platform.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCancel;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.RefundCreate;
import com.trendythreads.opsdesk.api.dto.orders.ReturnCreate;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Etags;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Params;
import com.trendythreads.opsdesk.platform.privacy.PiiMasking;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.store.Filter;
import com.trendythreads.opsdesk.platform.store.ListPage;
import com.trendythreads.opsdesk.platform.writes.WriteResult;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

/// HTTP handlers of the OMS operations. Every order leaves here masked for the caller's role.
public final class OrderHandlers {

    private final ModuleContext m;
    private final OrderStore orders;
    private final OrderService service;
    private final PiiMasking pii;

    public OrderHandlers(ModuleContext m, OrderStore orders, OrderService service, PiiMasking pii) {
        this.m = m;
        this.orders = orders;
        this.service = service;
        this.pii = pii;
    }

    public void list(Context ctx) {
        String changeToken = m.changes().currentChangeToken();
        OrderStatus status = Params.enumParam(ctx, "status", OrderStatus.class);
        OrderChannel channel = Params.enumParam(ctx, "channel", OrderChannel.class);
        int limit = Params.limit(ctx);
        Instant from = Params.instant(ctx, "from");
        Instant to = Params.instant(ctx, "to");
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 200) {
            throw ApiError.invalidParameter("q", "must be at most 200 characters");
        }
        Filter filter = Filter.all()
                .eq("status", status == null ? null : status.name())
                .eq("channel", channel == null ? null : channel.name())
                .eq("customer_id", blankToNull(ctx.queryParam("customerId")))
                .eq("location_id", blankToNull(ctx.queryParam("locationId")))
                .where(from != null, "placed_at >= :from", from == null ? Map.of() : Map.of("from", utc(from)))
                .where(to != null, "placed_at < :to", to == null ? Map.of() : Map.of("to", utc(to)));
        if (q != null && !q.isBlank()) {
            String term = q.trim().toLowerCase(Locale.ROOT);
            filter.where(true, "LOWER(number) LIKE :qLike"
                            + " OR customer_id IN (SELECT id FROM customers WHERE LOWER(first_name || ' ' || last_name)"
                            + " LIKE :qLike OR LOWER(email) LIKE :qLike)"
                            + " OR id IN (SELECT order_id FROM order_line_facts WHERE sku LIKE :qSku)",
                    Map.of("qLike", "%" + escapeLike(term) + "%", "qSku", escapeLike(q.trim().toUpperCase(Locale.ROOT)) + "%"));
        }
        String cursor = blankToNull(ctx.queryParam("cursor"));
        Principal who = Principal.of(ctx);
        // A role that sees PII gets the orders as stored: masking would leave them as they are, and parsing
        // and writing each again was most of the platform's CPU in a desk's initial sync.
        boolean clear = pii.seesPii(who);
        ListPage<?> page = m.database().jdbi().withHandle(h -> {
            try {
                DocTable.Sort sort = DocTable.Sort.newestFirst("placed_at");
                return clear ? ListPage.readStored(h, orders.table(), filter, sort, cursor, limit, changeToken)
                        : ListPage.read(h, orders.table(), filter, sort, cursor, limit, changeToken)
                                .map(o -> mask(o, who));
            } catch (IllegalArgumentException e) {
                throw ApiError.invalidParameter("cursor", e.getMessage());
            }
        });
        ctx.json(page);
    }

    public void get(Context ctx) {
        String id = ctx.pathParam("orderId");
        Order order = m.database().jdbi().withHandle(h -> service.load(h, id));
        Etags.set(ctx, order.version());
        ctx.json(mask(order, Principal.of(ctx)));
    }

    public void cancel(Context ctx) {
        String id = ctx.pathParam("orderId");
        OrderCancel body = Json.read(ctx, m.json(), OrderCancel.class);
        // lane security (issue 10): a cancel refunds what is left captured, so it passes the same step-up gate
        var gate = com.trendythreads.opsdesk.platform.auth.StepUpService.gateOf(ctx);
        m.writes().execute(ctx, tx -> answer(200, service.cancel(tx, id, body, ifMatch(ctx), gate::check),
                tx.principal()));
    }

    public void refund(Context ctx) {
        String id = ctx.pathParam("orderId");
        RefundCreate body = Json.read(ctx, m.json(), RefundCreate.class);
        // lane security (issue 10): a refund from the contract's x-step-up minAmountCents needs a step-up token
        var gate = com.trendythreads.opsdesk.platform.auth.StepUpService.gateOf(ctx);
        m.writes().execute(ctx, tx -> answer(201, service.refund(tx, id, body, ifMatch(ctx), gate::check),
                tx.principal()));
    }

    public void createReturn(Context ctx) {
        String id = ctx.pathParam("orderId");
        ReturnCreate body = Json.read(ctx, m.json(), ReturnCreate.class);
        m.writes().execute(ctx, tx -> answer(201, service.createReturn(tx, id, body, ifMatch(ctx)), tx.principal()));
    }

    private WriteResult answer(int status, Order order, Principal who) {
        JsonNode body = mask(order, who);
        WriteResult result = status == 201
                ? WriteResult.created(body, "/v1/orders/" + order.id())
                : WriteResult.ok(body);
        return result.withEtag(order.version());
    }

    /// The action's optional If-Match, checked by the service once it has read the order.
    static IfMatch ifMatch(Context ctx) {
        return (version, current) -> Etags.checkIfMatch(ctx, version, current);
    }

    private JsonNode mask(Order order, Principal who) {
        return pii.maskOrder(m.json().valueToTree(order), who);
    }

    private static OffsetDateTime utc(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
