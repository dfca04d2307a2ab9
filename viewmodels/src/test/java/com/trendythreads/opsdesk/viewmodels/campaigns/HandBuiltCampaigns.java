package com.trendythreads.opsdesk.viewmodels.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/// A real cache in a temp directory with hand-built campaigns, codes, segments and orders (no platform):
/// the campaign ViewModels' footing for rules and arithmetic worked out by hand.
final class HandBuiltCampaigns implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    final CacheDatabase db;
    final LocalData data;
    final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final LocalTables tables = new LocalTables();

    HandBuiltCampaigns(Path dir) {
        db = CacheDatabase.open(dir, "http://127.0.0.1:9/", "mia.marketing", "demo".toCharArray(),
                new CacheOptions(1_000, 0));
        data = new LocalData(db, new LocalEdits(db, tables, clock, () -> { }));
    }

    CampaignsContext context() {
        InMemorySettingsStore settings = new InMemorySettingsStore();
        settings.setLocale(Locale.ENGLISH);
        return CampaignsContext.of(data, null, Fakes.user("mia.marketing", "Mia",
                "MARKETING"), TaskRunner.direct(), notifier, new I18n(settings), clock);
    }

    static ObjectNode obj() {
        return Json.mapper().createObjectNode();
    }

    void put(ResourceType type, JsonNode... docs) {
        db.write(tx -> {
            tables.upsert(tx.handle(), type, List.of(docs));
            tx.changed(type.table(), java.util.Arrays.stream(docs).map(type::idOf).toList());
            return null;
        });
    }

    static ObjectNode campaign(String id, String name, String status, String startsAt, String endsAt, long spend,
                               String... codes) {
        ObjectNode c = obj().put("id", id).put("name", name).put("channel", "EMAIL").put("status", status)
                .put("startsAt", startsAt).put("endsAt", endsAt).put("budgetCents", 100_000).put("spendCents", spend)
                .put("segmentId", "seg_newsletter").put("attributionId", id).put("subject", "Hi").put("body", "Hello")
                .put("version", 1);
        ArrayNode cs = c.putArray("promoCodes");
        for (String code : codes) {
            cs.add(code);
        }
        return c;
    }

    static ObjectNode code(String code, String campaignId, int redemptions) {
        return obj().put("code", code).put("type", "PERCENT").put("value", 10).put("campaignId", campaignId)
                .put("active", true).put("redemptions", redemptions).put("version", 1);
    }

    static ObjectNode segment(String id, String name, int count) {
        return obj().put("id", id).put("name", name).put("customerCount", count).put("version", 1);
    }

    /// A one-line order: quantity × unit price less the line discount.
    static ObjectNode order(String id, String status, String campaignId, int quantity, long unitPriceCents,
                            long discountCents, String... codes) {
        ObjectNode o = obj().put("id", id).put("number", "#" + id).put("placedAt", "2026-11-20T10:00:00Z")
                .put("channel", "WEB").put("status", status).put("campaignId", campaignId).put("version", 1);
        ArrayNode pc = o.putArray("promoCodes");
        for (String code : codes) {
            pc.add(code);
        }
        o.putArray("lines").add(obj().put("id", "l1").put("sku", "SKU-1").put("productId", "prd_1")
                .put("quantity", quantity).put("unitPriceCents", unitPriceCents).put("discountCents", discountCents));
        return o;
    }

    List<OutboxEntry> outbox() {
        return new com.trendythreads.opsdesk.cache.outbox.Outbox(db, tables, clock, () -> { }).entries();
    }

    @Override
    public void close() {
        db.close();
    }
}
