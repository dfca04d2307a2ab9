package com.trendythreads.opsdesk.viewmodels.promo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoScope;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.outbox.Outbox;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
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
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// A real encrypted H2 cache in a temp directory with three promo codes put in by hand; no platform (the
/// outbox only queues). The user's zone is Europe/Berlin, the language English unless asked.
final class PromoDesk implements AutoCloseable {

    static final Instant FROM = Instant.parse("2026-11-30T23:00:00Z"); // 1 Dec 2026 00:00 in Berlin
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ObjectMapper MAPPER = Json.mapper();

    final CacheDatabase db;
    final LocalData data;
    final Outbox outbox;
    final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    private final LocalTables tables = new LocalTables();

    PromoDesk(Path dir) {
        db = CacheDatabase.open(dir, "http://127.0.0.1:9/", "mia.marketing", "demo".toCharArray(),
                new CacheOptions(1_000, 0));
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
        data = new LocalData(db, new LocalEdits(db, tables, clock, () -> { }));
        outbox = new Outbox(db, tables, clock, () -> { });
        put(new PromoCode("XMAS10", PromoType.PERCENT, 10, FROM, FROM.plusSeconds(31L * 86_400 - 1), 1000, 1, 2_000L,
                        new PromoScope(List.of("cat_1"), List.of()), null, true, 3, FROM, 2),
                new PromoCode("FIVE-OFF", PromoType.FIXED_AMOUNT, 500, FROM, null, null, null, null, null, null, true,
                        0, FROM, 1),
                new PromoCode("OLD-SHIP", PromoType.FREE_SHIPPING, 0, FROM, null, null, null, null, null, null, false,
                        7, FROM, 4));
    }

    static SessionUser marketing() {
        return new SessionUser("mia.marketing", "Mia Marketing", List.of("MARKETING"),
                Set.of("listPromoCodes", "createPromoCode", "updatePromoCode", "bulkCreatePromoCodes"));
    }

    static SessionUser support() {
        return new SessionUser("sam.support", "Sam Support", List.of("SUPPORT"), Set.of("listPromoCodes"));
    }

    PromoContext context(SessionUser user, Locale locale) {
        InMemorySettingsStore settings = new InMemorySettingsStore();
        settings.setLocale(locale);
        return PromoContext.of(data, user, TaskRunner.direct(), notifier, new I18n(settings), BERLIN);
    }

    PromoContext context() {
        return context(marketing(), Locale.ENGLISH);
    }

    void put(PromoCode... codes) {
        List<JsonNode> nodes = List.of(codes).stream().<JsonNode>map(MAPPER::valueToTree).toList();
        db.write(tx -> {
            tables.upsert(tx.handle(), ResourceType.PROMO_CODE, nodes);
            tx.changed(ResourceType.PROMO_CODE.table(), nodes.stream().map(ResourceType.PROMO_CODE::idOf).toList());
            return null;
        });
    }

    /// The queued edits, without the audit reports of exports.
    List<OutboxEntry> queued() {
        return outbox.entries().stream().filter(e -> !e.resource().equals("audit_export")).toList();
    }

    @Override
    public void close() {
        db.close();
    }
}
