package com.trendythreads.opsdesk.platform.crm;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.crm.Consents;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.CustomerPatch;
import com.trendythreads.opsdesk.api.dto.crm.GdprErasure;
import com.trendythreads.opsdesk.api.dto.crm.GdprRequest;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyAdjustment;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyAdjustmentCreate;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.api.dto.crm.Review;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCustomer;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Etags;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Params;
import com.trendythreads.opsdesk.platform.http.Validation;
import com.trendythreads.opsdesk.platform.privacy.PiiMasking;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.store.Filter;
import com.trendythreads.opsdesk.platform.writes.Tx;
import com.trendythreads.opsdesk.platform.writes.WriteResult;
import com.trendythreads.opsdesk.platform.store.Counters;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/// `listCustomers`, `getCustomer`, `updateCustomer`, `exportCustomerData`, `eraseCustomer`, `listReviews`.
///
/// Every customer leaving here is masked for the caller ([PiiMasking#maskCustomer]), as the change feed
/// masks it.
public final class CustomerHandlers {

    static final String ERASED_NAME = "Erased";
    static final String REDACTED = "[redacted]";
    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private static final String PHONE = "^\\+[0-9 ]{6,20}$";

    private final DomainDeps deps;
    private final CrmTables tables;
    private final PiiMasking pii;

    public CustomerHandlers(DomainDeps deps, CrmTables tables, PiiMasking pii) {
        this.deps = deps;
        this.tables = tables;
        this.pii = pii;
    }

    /// The customer as `who` may see it.
    private JsonNode forCaller(Customer c, Principal who) {
        return pii.maskCustomer(deps.json().valueToTree(c), who);
    }

    /// `q` matches anywhere in the full name or email, or in the phone number with spaces ignored.
    public void list(Context ctx) {
        Principal who = Principal.of(ctx);
        LoyaltyTier tier = Params.enumParam(ctx, "loyaltyTier", LoyaltyTier.class);
        String q = ctx.queryParam("q");
        boolean hasQ = q != null && !q.isBlank();
        String like = hasQ ? "%" + Responses.likeEscape(q.trim().toLowerCase(Locale.ROOT)) + "%" : "";
        String phoneLike = hasQ ? "%" + Responses.likeEscape(q.replace(" ", "")) + "%" : "";
        Filter f = Filter.all().eq("loyalty_tier", tier).where(hasQ,
                "LOWER(first_name || ' ' || last_name) LIKE :q " + Responses.LIKE_ESCAPE + " OR LOWER(email) LIKE :q "
                        + Responses.LIKE_ESCAPE + " OR REPLACE(phone, ' ', '') LIKE :qp " + Responses.LIKE_ESCAPE,
                Map.of("q", like, "qp", phoneLike));
        if (pii.seesPii(who)) {
            // masking would leave them as they are: the stored documents go out without a parse and a write each
            Responses.storedPage(ctx, deps, tables.customers, f, DocTable.Sort.BY_ID);
        } else {
            Responses.page(ctx, deps, tables.customers, f, DocTable.Sort.BY_ID, c -> forCaller(c, who));
        }
    }

    public void get(Context ctx) {
        Customer c = deps.jdbi().withHandle(h -> find(h, ctx.pathParam("customerId")));
        Responses.single(ctx, deps.json(), forCaller(c, Principal.of(ctx)), c.version());
    }

    public void update(Context ctx) {
        JsonNode raw = Json.readTree(ctx, deps.json());
        CustomerPatch patch = Json.convert(deps.json(), raw, CustomerPatch.class);
        Principal who = Principal.of(ctx);
        deps.writes().execute(ctx, tx -> {
            Handle h = tx.handle();
            Customer cur = find(h, ctx.pathParam("customerId"));
            Etags.requireIfMatch(ctx, cur.version(), () -> forCaller(cur, who));
            if (isErased(h, cur.id())) {
                throw ApiError.unprocessable("customer-erased", "Customer " + cur.id()
                        + " was erased (GDPR) and cannot be changed");
            }
            Validation v = Validation.forBody();
            v.check(!(raw.has("email") && raw.get("email").isNull()), "email", "cannot be null");
            v.check(!(raw.has("addresses") && raw.get("addresses").isNull()), "addresses", "cannot be null");
            v.check(!(raw.has("tags") && raw.get("tags").isNull()), "tags", "cannot be null");
            v.check(!(raw.has("consents") && raw.get("consents").isNull()), "consents", "cannot be null");
            if (patch.email() != null) {
                v.maxLength("email", patch.email(), 254).pattern("email", patch.email(), EMAIL, "an email address");
            }
            v.pattern("phone", patch.phone(), PHONE, "'+' and 6–20 digits or spaces");
            if (patch.addresses() != null) {
                v.check(patch.addresses().size() <= 10, "addresses", "must hold at most 10 addresses");
                for (int i = 0; i < patch.addresses().size(); i++) {
                    validateAddress(v, "addresses[" + i + "]", patch.addresses().get(i));
                }
            }
            if (patch.tags() != null) {
                v.check(patch.tags().size() <= 30, "tags", "must hold at most 30 tags");
                for (int i = 0; i < patch.tags().size(); i++) {
                    String t = patch.tags().get(i);
                    v.require("tags[" + i + "]", t).maxLength("tags[" + i + "]", t, 40);
                }
            }
            v.throwIfAny();
            Consents consents = cur.consents();
            if (patch.consents() != null) {
                CustomerPatch.Consents c = patch.consents();
                consents = new Consents(
                        c.emailMarketing() != null ? c.emailMarketing() : consents.emailMarketing(),
                        c.smsMarketing() != null ? c.smsMarketing() : consents.smsMarketing(),
                        c.profiling() != null ? c.profiling() : consents.profiling(), tx.now());
            }
            Customer next = new Customer(cur.id(), cur.firstName(), cur.lastName(),
                    raw.has("email") ? patch.email() : cur.email(),
                    raw.has("phone") ? patch.phone() : cur.phone(),
                    raw.has("addresses") ? List.copyOf(patch.addresses()) : cur.addresses(), consents,
                    cur.loyaltyTier(), cur.loyaltyPoints(), cur.orderCount(), cur.lifetimeValueCents(),
                    raw.has("tags") ? List.copyOf(patch.tags()) : cur.tags(), cur.loyaltyAdjustments(),
                    cur.createdAt(), tx.now(), cur.version() + 1);
            tx.priorState("customer", cur.id(), cur);
            tables.customers.update(h, next, cur.version());
            tx.recordChange("customer", next.id(), ChangeOp.UPSERT, next.version(), next);
            return WriteResult.ok(forCaller(next, who)).withEtag(next.version());
        });
    }

    /// Points added or taken by hand. The reason stays on the customer (`loyaltyAdjustments`) so the next
    /// agent sees why the balance moved.
    public void adjustLoyalty(Context ctx) {
        LoyaltyAdjustmentCreate body = Json.read(ctx, deps.json(), LoyaltyAdjustmentCreate.class);
        Principal who = Principal.of(ctx);
        deps.writes().execute(ctx, tx -> {
            Validation v = Validation.forBody();
            v.require("points", body.points()).require("reason", body.reason())
                    .maxLength("reason", body.reason(), 500);
            if (body.points() != null) {
                v.check(body.points() != 0, "points", "must not be 0");
                v.check(Math.abs((long) body.points()) <= 100_000, "points", "must be between -100000 and 100000");
            }
            v.throwIfAny();
            Handle h = tx.handle();
            Customer cur = find(h, ctx.pathParam("customerId"));
            if (isErased(h, cur.id())) {
                throw ApiError.unprocessable("customer-erased", "Customer " + cur.id()
                        + " was erased (GDPR) and cannot be changed");
            }
            long balance = (long) cur.loyaltyPoints() + body.points();
            if (balance < 0) {
                throw ApiError.unprocessable("points-below-zero", "Customer " + cur.id() + " has "
                        + cur.loyaltyPoints() + " points; taking " + -body.points() + " would leave " + balance)
                        .withError("points", "must be at least " + -cur.loyaltyPoints() + " (the balance is "
                                + cur.loyaltyPoints() + ")");
            }
            List<LoyaltyAdjustment> adjustments = new ArrayList<>(cur.adjustments());
            adjustments.add(new LoyaltyAdjustment(Counters.next(h, Counters.Sequence.LOYALTY_ADJUSTMENT),
                    body.points(), body.reason(), tx.principal().username(), tx.now()));
            Customer next = new Customer(cur.id(), cur.firstName(), cur.lastName(), cur.email(), cur.phone(),
                    cur.addresses(), cur.consents(), cur.loyaltyTier(), (int) balance, cur.orderCount(),
                    cur.lifetimeValueCents(), cur.tags(), List.copyOf(adjustments), cur.createdAt(), tx.now(),
                    cur.version() + 1);
            tx.priorState("customer", cur.id(), cur);
            tables.customers.update(h, next, cur.version());
            tx.recordChange("customer", next.id(), ChangeOp.UPSERT, next.version(), next);
            return new WriteResult(201, forCaller(next, who), Map.of()).withEtag(next.version());
        });
    }

    /// A GDPR export: the customer, their orders, tickets, reviews and code redemptions, as stored.
    public void export(Context ctx) {
        deps.writes().execute(ctx, tx -> {
            Handle h = tx.handle();
            Customer c = find(h, ctx.pathParam("customerId"));
            ObjectMapper json = deps.json();
            ObjectNode data = json.createObjectNode();
            data.set("customer", json.valueToTree(c));
            data.set("orders", docs(h, "SELECT doc FROM orders WHERE customer_id = :id ORDER BY placed_at, id", c.id()));
            data.set("tickets", docs(h, "SELECT doc FROM tickets WHERE customer_id = :id ORDER BY id", c.id()));
            data.set("reviews", docs(h, "SELECT doc FROM reviews WHERE customer_id = :id ORDER BY id", c.id()));
            ArrayNode redemptions = data.putArray("codeRedemptions");
            h.createQuery("SELECT code, order_id, at FROM code_redemptions WHERE customer_id = :id ORDER BY at, code")
                    .bind("id", c.id())
                    .map((rs, x) -> json.createObjectNode().put("code", rs.getString(1))
                            .put("orderId", rs.getString(2))
                            .put("at", rs.getObject(3, OffsetDateTime.class).toInstant().toString()))
                    .forEach(redemptions::add);
            GdprRequest request = new GdprRequest(Counters.next(h, Counters.Sequence.GDPR_REQUEST), c.id(),
                    GdprRequest.Type.EXPORT, GdprRequest.Status.COMPLETED, tx.principal().userId(), tx.now(), tx.now(),
                    data);
            saveRequest(h, request);
            // lane audit: a GDPR export is an export of one customer's personal data (the AlertMonitor counts it)
            tx.recordEvent("gdpr-export", "customer", c.id(), "GDPR export of customer " + c.id(), null, null, 1, true);
            return new WriteResult(201, request, Map.of());
        });
    }

    /// GDPR erasure in one write: the customer document is anonymised (op `erase` in the change feed, no
    /// data), their orders lose name, contact and street (city and country stay for sales statistics),
    /// their own ticket messages are redacted, and their reviews are deleted.
    public void erase(Context ctx) {
        GdprErasure body = Json.read(ctx, deps.json(), GdprErasure.class);
        deps.writes().execute(ctx, tx -> {
            Validation v = Validation.forBody();
            v.require("reason", body.reason()).maxLength("reason", body.reason(), 500);
            v.throwIfAny();
            Handle h = tx.handle();
            Customer c = find(h, ctx.pathParam("customerId"));
            if (isErased(h, c.id())) {
                throw ApiError.conflict("already-erased", "Customer " + c.id() + " is already erased");
            }
            List<String> open = h.createQuery("SELECT number FROM orders WHERE customer_id = :id"
                            + " AND status IN ('PLACED', 'PAID', 'PICKING', 'PACKED') ORDER BY placed_at, id")
                    .bind("id", c.id()).mapTo(String.class).list();
            if (!open.isEmpty()) {
                throw ApiError.conflict("erasure-held", "Customer " + c.id() + " has " + open.size() + " open order"
                        + (open.size() == 1 ? "" : "s") + " (" + String.join(", ", open) + ") that must still be"
                        + " delivered or refunded; cancel them or erase after they ship");
            }
            String email = "erased-" + c.id() + "@invalid.example";
            Customer erased = new Customer(c.id(), ERASED_NAME, ERASED_NAME, email, null, List.of(),
                    new Consents(false, false, false, tx.now()), c.loyaltyTier(), c.loyaltyPoints(), c.orderCount(),
                    c.lifetimeValueCents(), List.of(), c.createdAt(), tx.now(), c.version() + 1);
            tx.priorState("customer", c.id(), c);
            tables.customers.update(h, erased, c.version());
            h.createUpdate("UPDATE customers SET erased = TRUE WHERE id = :id").bind("id", c.id()).execute();
            tx.recordChange("customer", c.id(), ChangeOp.ERASE, erased.version(), null);
            eraseOrders(tx, c.id(), email);
            eraseTickets(tx, c.id());
            for (String doc : h.createQuery("SELECT doc FROM reviews WHERE customer_id = :id ORDER BY id")
                    .bind("id", c.id()).mapTo(String.class).list()) {
                Review r = tables.reviews.read(doc);
                tables.reviews.delete(h, r.id());
                tx.recordChange("review", r.id(), ChangeOp.DELETE, r.version() + 1, null);
            }
            GdprRequest request = new GdprRequest(Counters.next(h, Counters.Sequence.GDPR_REQUEST), c.id(),
                    GdprRequest.Type.ERASURE, GdprRequest.Status.COMPLETED, tx.principal().userId(), tx.now(),
                    tx.now(), null);
            saveRequest(h, request);
            return new WriteResult(201, request, Map.of());
        });
    }

    private void eraseOrders(Tx tx, String customerId, String email) {
        Handle h = tx.handle();
        for (String doc : h.createQuery("SELECT doc FROM orders WHERE customer_id = :id ORDER BY id")
                .bind("id", customerId).mapTo(String.class).list()) {
            Order o = read(doc, Order.class);
            Order next = new Order(o.id(), o.number(), o.placedAt(), o.channel(), o.locationId(), o.status(),
                    o.paymentStatus(), o.fulfilmentStatus(), new OrderCustomer(customerId, ERASED_NAME, email, null),
                    anonymise(o.shippingAddress()), anonymise(o.billingAddress()), o.lines(), o.subtotalCents(),
                    o.discountCents(), o.shippingCents(), o.taxCents(), o.totalCents(), o.refundedCents(),
                    o.currency(), o.promoCodes(), o.campaignId(), o.payments(), o.refunds(), o.returns(), o.timeline(),
                    o.shipment(), o.pickListId(), o.exchangeForOrderId(), o.flagged(), tx.now(), o.version() + 1);
            // Only the document, version and updated_at change; the orders' other derived columns stay true.
            int rows = h.createUpdate("UPDATE orders SET doc = :doc, version = :v, updated_at = :at"
                            + " WHERE id = :id AND version = :prev")
                    .bind("doc", write(next)).bind("v", next.version())
                    .bind("at", OffsetDateTime.ofInstant(tx.now(), ZoneOffset.UTC))
                    .bind("id", o.id()).bind("prev", o.version()).execute();
            if (rows != 1) {
                throw new IllegalStateException("order " + o.id() + " moved during the erasure");
            }
            tx.recordChange("order", o.id(), ChangeOp.UPSERT, next.version(), next);
        }
    }

    private void eraseTickets(Tx tx, String customerId) {
        Handle h = tx.handle();
        for (String doc : h.createQuery("SELECT doc FROM tickets WHERE customer_id = :id ORDER BY id")
                .bind("id", customerId).mapTo(String.class).list()) {
            Ticket t = tables.tickets.read(doc);
            Ticket next = new Ticket(t.id(), t.subject(), t.customerId(), t.orderId(), t.status(), t.priority(),
                    t.channel(), t.assigneeId(), t.slaDueAt(), t.tags(), redact(t.messages()),
                    t.botTranscript() == null ? null : redact(t.botTranscript()), t.solvedAt(), t.createdAt(),
                    tx.now(), t.version() + 1);
            tables.tickets.update(h, next, t.version());
            tx.recordChange("ticket", t.id(), ChangeOp.UPSERT, next.version(), next);
        }
    }

    private static List<TicketMessage> redact(List<TicketMessage> messages) {
        return messages.stream().map(m -> m.author() == TicketMessage.Author.CUSTOMER
                ? new TicketMessage(m.id(), m.author(), ERASED_NAME, REDACTED, m.internal(), m.at())
                : m).toList();
    }

    private static Address anonymise(Address a) {
        return a == null ? null : new Address(ERASED_NAME, ERASED_NAME, "", a.city(), a.countryCode());
    }

    static void validateAddress(Validation v, String path, Address a) {
        if (a == null) {
            v.check(false, path, "cannot be null");
            return;
        }
        v.require(path + ".name", a.name()).maxLength(path + ".name", a.name(), 200);
        v.require(path + ".street", a.street()).maxLength(path + ".street", a.street(), 200);
        v.require(path + ".postalCode", a.postalCode()).maxLength(path + ".postalCode", a.postalCode(), 20);
        v.require(path + ".city", a.city()).maxLength(path + ".city", a.city(), 100);
        v.require(path + ".countryCode", a.countryCode())
                .pattern(path + ".countryCode", a.countryCode(), "^[A-Z]{2}$", "an ISO 3166 alpha-2 code like DE");
    }

    public void listReviews(Context ctx) {
        Filter f = Filter.all().eq("customer_id", blankToNull(ctx.queryParam("customerId")))
                .eq("product_id", blankToNull(ctx.queryParam("productId")));
        Responses.storedPage(ctx, deps, tables.reviews, f, DocTable.Sort.BY_ID);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static boolean isErased(Handle h, String customerId) {
        return h.createQuery("SELECT erased FROM customers WHERE id = :id").bind("id", customerId)
                .mapTo(Boolean.class).one();
    }

    private ArrayNode docs(Handle h, String sql, String customerId) {
        ArrayNode out = deps.json().createArrayNode();
        for (String doc : h.createQuery(sql).bind("id", customerId).mapTo(String.class).list()) {
            out.add(read(doc, JsonNode.class));
        }
        return out;
    }

    private void saveRequest(Handle h, GdprRequest r) {
        h.createUpdate("INSERT INTO gdpr_requests (id, customer_id, type, requested_at, doc)"
                        + " VALUES (:id, :c, :t, :at, :doc)")
                .bind("id", r.id()).bind("c", r.customerId()).bind("t", r.type().name())
                .bind("at", OffsetDateTime.ofInstant(r.requestedAt(), ZoneOffset.UTC)).bind("doc", write(r))
                .execute();
    }

    private Customer find(Handle h, String id) {
        return tables.customers.find(h, id).orElseThrow(() -> ApiError.notFound("No customer " + id));
    }

    private <T> T read(String doc, Class<T> type) {
        try {
            return deps.json().readValue(doc, type);
        } catch (JacksonException e) {
            throw new IllegalStateException("Corrupt " + type.getSimpleName() + " document", e);
        }
    }

    private String write(Object o) {
        try {
            return deps.json().writeValueAsString(o);
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
    }

}
