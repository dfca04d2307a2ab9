package com.trendythreads.opsdesk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// Replay of an outbox of `edits` stock adjustments (+1 each, spread over 100 stock levels) queued while the
/// desk was offline: how fast the push drains it, and whether the platform received each exactly once.
final class OutboxReplayScenario {

    private OutboxReplayScenario() {
    }

    static void run(Report report, SyncEngine engine, PlatformClient truth, int edits) {
        List<JsonNode> levels = new ArrayList<>();
        truth.create(ResourcesApi.class).list("v1/stock", Map.of("limit", "100")).path("items").forEach(levels::add);
        Map<String, Integer> before = onHand(truth, levels);
        LocalEdits local = engine.edits();
        long q0 = System.nanoTime();
        for (int i = 0; i < edits; i++) {
            JsonNode l = levels.get(i % levels.size());
            local.adjustStock(l.get("locationId").asText(), l.get("sku").asText(), 1, "FOUND", "benchmark " + i);
        }
        double queueSeconds = (System.nanoTime() - q0) / 1e9;
        long t0 = System.nanoTime();
        int rounds = 0;
        while (engine.status().pendingEdits() > 0 && rounds++ < 10_000) {
            engine.pushDue();
        }
        double pushSeconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Integer> after = onHand(truth, levels);
        int wrong = 0;
        for (int i = 0; i < levels.size(); i++) {
            String key = key(levels.get(i));
            int expected = edits / levels.size() + (i < edits % levels.size() ? 1 : 0);
            if (after.get(key) - before.get(key) != expected) {
                wrong++;
            }
        }
        double rate = edits / pushSeconds;
        boolean exactlyOnce = wrong == 0 && engine.status().pendingEdits() == 0;
        report.add(new Figure("outbox replay", rate, "edits/s", null, null, "≥ 2,000 edits/s, exactly once",
                rate >= 2_000 && exactlyOnce, String.format(Locale.ROOT,
                "%,d stock adjustments over %d levels pushed in %.1f s (queued in %.1f s); %s",
                edits, levels.size(), pushSeconds, queueSeconds, exactlyOnce ? "every level moved by exactly its "
                        + "adjustments" : wrong + " levels moved by a different amount, "
                        + engine.status().pendingEdits() + " edits left")));
    }

    private static Map<String, Integer> onHand(PlatformClient truth, List<JsonNode> levels) {
        ResourcesApi api = truth.create(ResourcesApi.class);
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode l : levels) {
            JsonNode now = api.list("v1/stock", Map.of("locationId", l.get("locationId").asText(),
                    "sku", l.get("sku").asText())).path("items").get(0);
            out.put(key(l), now.get("onHand").asInt());
        }
        return out;
    }

    private static String key(JsonNode level) {
        return level.get("locationId").asText() + "|" + level.get("sku").asText();
    }
}
