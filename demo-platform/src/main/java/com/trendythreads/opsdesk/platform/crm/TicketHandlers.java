package com.trendythreads.opsdesk.platform.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketCreate;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketPatch;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketReply;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Etags;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Params;
import com.trendythreads.opsdesk.platform.http.Validation;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.store.Filter;
import com.trendythreads.opsdesk.platform.writes.Tx;
import com.trendythreads.opsdesk.platform.writes.WriteResult;
import com.trendythreads.opsdesk.platform.store.Counters;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// `listTickets`, `createTicket`, `getTicket`, `updateTicket`, `replyToTicket`, `listMacros`.
///
/// Status rules, one definition for PATCH and macros: a ticket moves forward along
/// NEW → OPEN → PENDING → SOLVED → CLOSED (skipping steps is fine, but only a SOLVED ticket closes),
/// PENDING and SOLVED may go back to OPEN (the customer answered or the fix did not hold), and CLOSED is
/// final. The contract declares no 409 on these operations, so a refused move is a 422 naming `status`.
public final class TicketHandlers {

    private final DomainDeps deps;
    private final CrmTables tables;

    public TicketHandlers(DomainDeps deps, CrmTables tables) {
        this.deps = deps;
        this.tables = tables;
    }

    /// SLA from priority: URGENT 4 h, HIGH 8 h, NORMAL 24 h, LOW 72 h, counted from the ticket's creation.
    static Duration sla(TicketPriority p) {
        return switch (p) {
            case URGENT -> Duration.ofHours(4);
            case HIGH -> Duration.ofHours(8);
            case NORMAL -> Duration.ofHours(24);
            case LOW -> Duration.ofHours(72);
        };
    }

    static boolean allowed(TicketStatus from, TicketStatus to) {
        if (from == to) {
            return from != TicketStatus.CLOSED;
        }
        return switch (from) {
            case CLOSED -> false;
            case PENDING, SOLVED -> to == TicketStatus.OPEN || to.ordinal() > from.ordinal()
                    && (to != TicketStatus.CLOSED || from == TicketStatus.SOLVED);
            default -> to.ordinal() > from.ordinal() && to != TicketStatus.CLOSED;
        };
    }

    /// Newest activity first (`updated_at`): a queue is worked by what moved last. `from` keeps tickets
    /// created at or after it (`created_at`), however they moved since.
    public void list(Context ctx) {
        TicketStatus status = Params.enumParam(ctx, "status", TicketStatus.class);
        Filter f = Filter.all().eq("status", status)
                .eq("assignee_id", CustomerHandlers.blankToNull(ctx.queryParam("assigneeId")))
                .eq("customer_id", CustomerHandlers.blankToNull(ctx.queryParam("customerId")))
                .eq("order_id", CustomerHandlers.blankToNull(ctx.queryParam("orderId")))
                .atLeast("created_at", Params.instant(ctx, "from"));
        Responses.page(ctx, deps, tables.tickets, f, DocTable.Sort.newestFirst("updated_at"), t -> t);
    }

    public void listMacros(Context ctx) {
        Responses.page(ctx, deps, tables.macros, Filter.all(), DocTable.Sort.BY_ID, m -> m);
    }

    public void get(Context ctx) {
        Ticket t = deps.jdbi().withHandle(h -> find(h, ctx.pathParam("ticketId")));
        Responses.single(ctx, deps.json(), t, t.version());
    }

    public void create(Context ctx) {
        TicketCreate body = Json.read(ctx, deps.json(), TicketCreate.class);
        deps.writes().execute(ctx, tx -> {
            Handle h = tx.handle();
            Validation v = Validation.forBody();
            v.require("subject", body.subject()).maxLength("subject", body.subject(), 300);
            v.require("channel", body.channel());
            v.require("body", body.body()).maxLength("body", body.body(), 10_000);
            v.require("customerId", body.customerId());
            Optional<Customer> customer = body.customerId() == null ? Optional.empty()
                    : tables.customers.find(h, body.customerId());
            v.check(body.customerId() == null || customer.isPresent(), "customerId", "no such customer");
            if (body.orderId() != null && customer.isPresent()) {
                Optional<String> owner = h.createQuery("SELECT customer_id FROM orders WHERE id = :id")
                        .bind("id", body.orderId()).mapTo(String.class).findOne();
                v.check(owner.isPresent(), "orderId", "no such order");
                v.check(owner.isEmpty() || owner.get().equals(body.customerId()), "orderId",
                        "belongs to another customer");
            }
            v.throwIfAny();
            Customer c = customer.orElseThrow();
            TicketPriority priority = body.priority() == null ? TicketPriority.NORMAL : body.priority();
            String id = Counters.next(h, Counters.Sequence.TICKET);
            TicketMessage first = new TicketMessage(messageId(h), TicketMessage.Author.CUSTOMER,
                    c.firstName() + " " + c.lastName(), body.body(), false, tx.now());
            Ticket t = new Ticket(id, body.subject(), c.id(), body.orderId(), TicketStatus.NEW, priority,
                    body.channel(), null, tx.now().plus(sla(priority)), List.of(), List.of(first), null, tx.now(),
                    tx.now(), 1);
            tables.tickets.insert(h, t);
            tx.recordChange("ticket", id, ChangeOp.UPSERT, 1, t);
            return WriteResult.created(t, "/v1/tickets/" + id).withEtag(1);
        });
    }

    public void update(Context ctx) {
        JsonNode raw = Json.readTree(ctx, deps.json());
        TicketPatch patch = Json.convert(deps.json(), raw, TicketPatch.class);
        deps.writes().execute(ctx, tx -> {
            Handle h = tx.handle();
            Ticket cur = find(h, ctx.pathParam("ticketId"));
            Etags.requireIfMatch(ctx, cur.version(), () -> cur);
            Validation v = Validation.forBody();
            for (String f : List.of("status", "priority", "tags")) {
                v.check(!(raw.has(f) && raw.get(f).isNull()), f, "cannot be null");
            }
            refuseClosed(cur);
            if (patch.status() != null) {
                v.check(allowed(cur.status(), patch.status()), "status",
                        "cannot move from " + cur.status() + " to " + patch.status());
            }
            if (patch.assigneeId() != null) {
                v.check(isAgent(h, patch.assigneeId()), "assigneeId",
                        "must be an active SUPPORT, MANAGER or ADMIN user");
            }
            if (patch.tags() != null) {
                validateTags(v, patch.tags());
            }
            v.throwIfAny();
            TicketPriority priority = patch.priority() != null ? patch.priority() : cur.priority();
            TicketStatus status = patch.status() != null ? patch.status() : cur.status();
            Ticket next = new Ticket(cur.id(), cur.subject(), cur.customerId(), cur.orderId(),
                    status, priority, cur.channel(),
                    raw.has("assigneeId") ? patch.assigneeId() : cur.assigneeId(),
                    cur.createdAt().plus(sla(priority)),
                    patch.tags() != null ? List.copyOf(new LinkedHashSet<>(patch.tags())) : cur.tags(),
                    cur.messages(), cur.botTranscript(), solvedAt(cur, status, tx.now()), cur.createdAt(), tx.now(),
                    cur.version() + 1);
            return save(tx, cur, next, 200);
        });
    }

    /// An agent's reply (or internal note). The first public reply opens a NEW ticket; a macro then sets its
    /// status (under the same transition rules) and adds its tags.
    public void reply(Context ctx) {
        TicketReply body = Json.read(ctx, deps.json(), TicketReply.class);
        deps.writes().execute(ctx, tx -> {
            Handle h = tx.handle();
            Ticket cur = find(h, ctx.pathParam("ticketId"));
            Etags.checkIfMatch(ctx, cur.version(), () -> cur);
            Validation v = Validation.forBody();
            v.require("body", body.body()).maxLength("body", body.body(), 10_000);
            Optional<Macro> macro = body.macroId() == null ? Optional.empty() : tables.macros.find(h, body.macroId());
            v.check(body.macroId() == null || macro.isPresent(), "macroId", "no such macro");
            v.throwIfAny();
            refuseClosed(cur);
            boolean internal = Boolean.TRUE.equals(body.internal());
            TicketStatus status = cur.status();
            if (!internal && status == TicketStatus.NEW) {
                status = TicketStatus.OPEN;
            }
            List<String> tags = new ArrayList<>(cur.tags());
            if (macro.isPresent()) {
                TicketStatus target = macro.get().setStatus();
                if (target != null && target != status) {
                    if (!allowed(status, target)) {
                        throw ApiError.unprocessable("invalid-transition", "Macro " + macro.get().id()
                                + " sets status " + target + ", which a " + status + " ticket cannot move to")
                                .withError("macroId", "sets status " + target + ", not allowed from " + status);
                    }
                    status = target;
                }
                macro.get().addTags().stream().filter(t -> !tags.contains(t)).forEach(tags::add);
            }
            List<TicketMessage> messages = new ArrayList<>(cur.messages());
            messages.add(new TicketMessage(messageId(h), TicketMessage.Author.AGENT, tx.principal().displayName(),
                    body.body(), internal, tx.now()));
            Ticket next = new Ticket(cur.id(), cur.subject(), cur.customerId(), cur.orderId(), status, cur.priority(),
                    cur.channel(), cur.assigneeId(), cur.slaDueAt(), List.copyOf(tags), List.copyOf(messages),
                    cur.botTranscript(), solvedAt(cur, status, tx.now()), cur.createdAt(), tx.now(),
                    cur.version() + 1);
            return save(tx, cur, next, 201);
        });
    }

    /// Set when a ticket reaches SOLVED (or CLOSED without a SOLVED before), kept while it stays solved or
    /// closes, cleared when it is reopened.
    static Instant solvedAt(Ticket cur, TicketStatus next, Instant now) {
        boolean solved = next == TicketStatus.SOLVED || next == TicketStatus.CLOSED;
        if (!solved) {
            return null;
        }
        return cur.solvedAt() != null ? cur.solvedAt() : now;
    }

    private static void refuseClosed(Ticket t) {
        if (t.status() == TicketStatus.CLOSED) {
            throw ApiError.unprocessable("ticket-closed", "Ticket " + t.id() + " is closed; open a new ticket")
                    .withError("status", "is CLOSED, which is final");
        }
    }

    private static void validateTags(Validation v, List<String> tags) {
        v.check(tags.size() <= 30, "tags", "must hold at most 30 tags");
        for (int i = 0; i < tags.size(); i++) {
            v.require("tags[" + i + "]", tags.get(i)).maxLength("tags[" + i + "]", tags.get(i), 40);
        }
    }

    private static boolean isAgent(Handle h, String userId) {
        return h.createQuery("SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id"
                        + " WHERE u.id = :id AND u.active AND r.role IN ('SUPPORT', 'MANAGER', 'ADMIN')")
                .bind("id", userId).mapTo(Integer.class).one() > 0;
    }

    private WriteResult save(Tx tx, Ticket cur, Ticket next, int status) {
        tx.priorState("ticket", cur.id(), cur);
        tables.tickets.update(tx.handle(), next, cur.version());
        tx.recordChange("ticket", next.id(), ChangeOp.UPSERT, next.version(), next);
        return new WriteResult(status, next, Map.of()).withEtag(next.version());
    }

    private static String messageId(Handle h) {
        return Counters.next(h, Counters.Sequence.TICKET_MESSAGE);
    }

    private Ticket find(Handle h, String id) {
        return tables.tickets.find(h, id).orElseThrow(() -> ApiError.notFound("No ticket " + id));
    }

}
