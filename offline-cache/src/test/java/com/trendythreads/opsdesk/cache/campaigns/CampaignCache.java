package com.trendythreads.opsdesk.cache.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.util.List;

/// A real cache in a temp directory with hand-built campaigns, codes and orders, written the way the sync
/// engine writes them (row + typed columns).
final class CampaignCache implements AutoCloseable {

    private final LocalTables tables = new LocalTables();
    final CacheDatabase db;

    CampaignCache(Path dir) {
        db = CacheDatabase.open(dir, "http://127.0.0.1:1/", "mia.marketing", "pw".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000));
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

    static ObjectNode campaign(String id, String attributionId, String... codes) {
        ObjectNode c = obj().put("id", id).put("name", "Campaign " + id).put("channel", "EMAIL")
                .put("status", "RUNNING").put("budgetCents", 10_000).put("spendCents", 2_500)
                .put("attributionId", attributionId).put("version", 1);
        ArrayNode cs = c.putArray("promoCodes");
        for (String code : codes) {
            cs.add(code);
        }
        return c;
    }

    static ObjectNode code(String code, String campaignId) {
        return obj().put("code", code).put("type", "PERCENT").put("value", 10).put("campaignId", campaignId)
                .put("active", true).put("redemptions", 0).put("version", 1);
    }

    /// An order; lines are `lineId:quantity:unitPriceCents:discountCents`; refunds `lineId:amountCents`.
    static ObjectNode order(String id, String status, String campaignId, List<String> codes, List<String> lines,
                            List<String> refunds) {
        ObjectNode o = obj().put("id", id).put("number", "#" + id).put("placedAt", "2026-11-20T10:00:00Z")
                .put("channel", "WEB").put("status", status).put("campaignId", campaignId).put("version", 1);
        ArrayNode pc = o.putArray("promoCodes");
        codes.forEach(pc::add);
        ArrayNode ls = o.putArray("lines");
        for (String l : lines) {
            String[] p = l.split(":");
            ls.add(obj().put("id", p[0]).put("sku", "SKU-" + p[0]).put("productId", "prd_1")
                    .put("quantity", Integer.parseInt(p[1])).put("unitPriceCents", Long.parseLong(p[2]))
                    .put("discountCents", Long.parseLong(p[3])));
        }
        ArrayNode rs = o.putArray("refunds");
        for (String r : refunds) {
            String[] p = r.split(":");
            ObjectNode refund = obj().put("id", "rf-" + p[0]).put("amountCents", Long.parseLong(p[1]));
            refund.putArray("lines").add(obj().put("lineId", p[0]).put("quantity", 1).put("amountCents", Long.parseLong(p[1])));
            rs.add(refund);
        }
        return o;
    }

    @Override
    public void close() {
        db.close();
    }
}
