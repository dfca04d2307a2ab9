package com.trendythreads.opsdesk.viewmodels.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.common.Role;
import com.trendythreads.opsdesk.api.dto.common.User;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.crm.TicketActions;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// A real encrypted H2 cache in a temp directory, filled by hand (no platform, no sync engine: the outbox only
/// queues), with a fixed clock at [#NOW], for the service desk's ViewModel tests.
final class HandBuiltDesk implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final String SAM = "usr-sam";
    static final String EVE = "usr-eve";
    private static final ObjectMapper MAPPER = Json.mapper();

    final CacheDatabase db;
    final LocalData data;
    final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final LocalTables tables = new LocalTables();

    HandBuiltDesk(Path dir) {
        db = CacheDatabase.open(dir, "http://127.0.0.1:9/", "sam.support", "demo".toCharArray(),
                new CacheOptions(1_000, 0));
        data = new LocalData(db, new LocalEdits(db, tables, clock, () -> { }));
        put(ResourceType.USER, List.of(
                new User(SAM, "sam.support", "Sam Support", List.of(Role.SUPPORT), null, true, 1),
                new User(EVE, "eve.agent", "Eve Agent", List.of(Role.SUPPORT), null, true, 1),
                new User("usr-walt", "walt.warehouse", "Walt Warehouse", List.of(Role.WAREHOUSE), "WH-BER", true, 1)));
        put(ResourceType.CUSTOMER, List.of(new Customer("cus-1", "Jana", "Kunde", "jana@example.com", "+49 30 1234",
                List.of(), null, null, 0, 2, 9_900, List.of(), NOW.minus(Duration.ofDays(300)), NOW, 1)));
    }

    ServiceContext context(SessionUser user) {
        InMemorySettingsStore settings = new InMemorySettingsStore();
        settings.setLocale(Locale.ENGLISH);
        return new ServiceContext(data, new TicketActions(data.edits(), data.tickets(), clock), TaskRunner.direct(),
                notifier, new I18n(settings), clock, user);
    }

    static SessionUser sam() {
        return new SessionUser("sam.support", "Sam Support", List.of("SUPPORT"),
                Set.of("listTickets", "updateTicket", "replyToTicket"));
    }

    void put(ResourceType type, List<?> docs) {
        List<JsonNode> nodes = docs.stream().<JsonNode>map(MAPPER::valueToTree).toList();
        db.write(tx -> {
            tables.upsert(tx.handle(), type, nodes);
            tx.changed(type.table(), nodes.stream().map(type::idOf).toList());
            return null;
        });
    }

    void tickets(Ticket... tickets) {
        put(ResourceType.TICKET, List.of(tickets));
    }

    void macros(Macro... macros) {
        put(ResourceType.MACRO, List.of(macros));
    }

    /// A ticket from customer cus-1 created `ageH` hours before NOW, due `dueInMin` minutes from NOW.
    static Ticket ticket(String id, TicketStatus status, TicketPriority priority, String assignee, TicketChannel ch,
            double ageH, long dueInMin) {
        Instant created = NOW.minusSeconds((long) (ageH * 3600));
        List<TicketMessage> messages = new ArrayList<>();
        messages.add(new TicketMessage("m-" + id, TicketMessage.Author.CUSTOMER, "Jana Kunde", "Where is my order?",
                false, created));
        return new Ticket(id, "Subject " + id, "cus-1", null, status, priority, ch, assignee,
                NOW.plus(Duration.ofMinutes(dueInMin)), List.of(), messages, null, created, created, 1);
    }

    long outboxSize() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM outbox").mapTo(Long.class).one());
    }

    @Override
    public void close() {
        db.close();
    }
}
