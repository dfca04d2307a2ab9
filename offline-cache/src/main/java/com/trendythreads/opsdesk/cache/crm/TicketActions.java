package com.trendythreads.opsdesk.cache.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketReply;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.repo.TicketRepository;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/// An agent's writes to a ticket, each through the outbox so they work offline and reach the platform once:
/// assignee, status, priority and tags are merge-patch updates (`PATCH v1/tickets/{id}` with If-Match);
/// a reply or internal note is the action `messages` with the contract's `TicketReply` body, shown at once as
/// a *pending* message (its id starts with [#PENDING_PREFIX]) until the platform's answer replaces it.
public final class TicketActions {

    /// Id prefix of a message written on this desk that the platform has not confirmed yet.
    public static final String PENDING_PREFIX = LocalEdits.LOCAL_ID_PREFIX + "msg-";
    /// The contract's limits on `TicketPatch.tags`.
    public static final int MAX_TAGS = 30;
    public static final int MAX_TAG_LENGTH = 40;
    /// The contract's limit on `TicketReply.body`.
    public static final int MAX_BODY = 10_000;

    private static final ObjectMapper MAPPER = Json.mapper();

    private final LocalEdits edits;
    private final TicketRepository tickets;
    private final Clock clock;

    public TicketActions(LocalEdits edits, TicketRepository tickets, Clock clock) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// Assigns the ticket to `userId`, or to nobody when null.
    public long assign(String ticketId, String userId) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        if (userId == null) {
            patch.putNull("assigneeId");
        } else {
            patch.put("assigneeId", userId);
        }
        return edits.update(ResourceType.TICKET, ticketId, patch,
                "Assign ticket " + ticketId + " to " + (userId == null ? "nobody" : userId));
    }

    /// Moves the ticket to `status`; refused here (as the platform would) when the status rules forbid it.
    public long status(String ticketId, TicketStatus status) {
        Ticket t = require(ticketId);
        if (!TicketRules.allowed(t.status(), status)) {
            throw new IllegalArgumentException("status: a " + t.status() + " ticket cannot move to " + status);
        }
        return edits.update(ResourceType.TICKET, ticketId,
                JsonNodeFactory.instance.objectNode().put("status", status.name()),
                "Ticket " + ticketId + " " + t.status() + " → " + status);
    }

    public long priority(String ticketId, TicketPriority priority) {
        return edits.update(ResourceType.TICKET, ticketId,
                JsonNodeFactory.instance.objectNode().put("priority", priority.name()),
                "Ticket " + ticketId + " priority " + priority);
    }

    /// Replaces the ticket's tags (blank ones dropped, duplicates once); at most 30 of at most 40 characters.
    public long tags(String ticketId, List<String> tags) {
        List<String> clean = new ArrayList<>(new LinkedHashSet<>(tags.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList()));
        String problem = tagsProblem(clean);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        clean.forEach(patch.putArray("tags")::add);
        return edits.update(ResourceType.TICKET, ticketId, patch, "Ticket " + ticketId + " tags " + clean);
    }

    /// Why `tags` would be refused by the contract, naming the field; null when fine.
    public static String tagsProblem(List<String> tags) {
        if (tags.size() > MAX_TAGS) {
            return "tags: at most " + MAX_TAGS + " tags";
        }
        for (String t : tags) {
            if (t.length() > MAX_TAG_LENGTH) {
                return "tags: \"" + t + "\" is longer than " + MAX_TAG_LENGTH + " characters";
            }
        }
        return null;
    }

    /// A reply to the customer, or an internal note (`internal`), optionally from `macro` (whose status and
    /// tags the platform applies; they show locally at once when the status rules allow them).
    ///
    /// @return the outbox entry's sequence number
    public long reply(String ticketId, String body, boolean internal, Macro macro, String authorName) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("body: a reply needs text");
        }
        if (body.length() > MAX_BODY) {
            throw new IllegalArgumentException("body: at most " + MAX_BODY + " characters");
        }
        Ticket t = require(ticketId);
        TicketReply payload = new TicketReply(body, internal, macro == null ? null : macro.id());
        List<TicketMessage> messages = new ArrayList<>(t.messages() == null ? List.of() : t.messages());
        messages.add(new TicketMessage(PENDING_PREFIX + UUID.randomUUID(), TicketMessage.Author.AGENT, authorName, body,
                internal, clock.instant()));
        ObjectNode local = JsonNodeFactory.instance.objectNode();
        local.set("messages", MAPPER.valueToTree(messages));
        TicketStatus status = t.status();
        if (!internal && status == TicketStatus.NEW) {
            status = TicketStatus.OPEN;
        }
        if (macro != null) {
            if (macro.setStatus() != null && TicketRules.allowed(status, macro.setStatus())) {
                status = macro.setStatus();
            }
            LinkedHashSet<String> tags = new LinkedHashSet<>(t.tags() == null ? List.of() : t.tags());
            tags.addAll(macro.addTags() == null ? List.of() : macro.addTags());
            ArrayNode arr = local.putArray("tags");
            tags.forEach(arr::add);
        }
        if (status != t.status()) {
            local.put("status", status.name());
        }
        return edits.action(ResourceType.TICKET, ticketId, "messages", MAPPER.valueToTree(payload), local, false,
                (internal ? "Internal note on ticket " : "Reply to ticket ") + ticketId);
    }

    /// Whether `m` was written here and not confirmed by the platform yet ("queued").
    public static boolean pending(TicketMessage m) {
        return m.id() != null && m.id().startsWith(PENDING_PREFIX);
    }

    /// The ticket's messages as a reader should see them. A reply's local copy carries the conversation as it
    /// was when written (a merge patch replaces a list whole), so when two replies were queued and the first
    /// has been confirmed, the second's copy still holds the first as pending: such a pending copy is dropped
    /// when the platform's own message with the same author, text and visibility is there.
    public static List<TicketMessage> visibleMessages(Ticket t) {
        List<TicketMessage> all = t.messages() == null ? List.of() : t.messages();
        List<TicketMessage> out = new ArrayList<>();
        for (TicketMessage m : all) {
            if (pending(m) && all.stream().anyMatch(o -> !pending(o) && o.author() == m.author()
                    && Objects.equals(o.body(), m.body()) && o.internal() == m.internal())) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private Ticket require(String id) {
        return tickets.get(id).orElseThrow(() -> new IllegalArgumentException("No ticket " + id));
    }
}
