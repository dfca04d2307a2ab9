package com.trendythreads.opsdesk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.trendythreads.opsdesk.api.Batch;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/// Replay of an outbox of `edits` stock adjustments (+1 each) queued while the desk was offline: how fast the
/// push drains it, and whether the platform received each exactly once.
///
/// The edits go round-robin over up to [#MAX_LEVELS] stock levels, [#EDITS_PER_LEVEL] each (10,000 edits: 1,000
/// levels × 10), as a day of offline counting would queue them: each level's edits must arrive in order, one at
/// a time, while different levels may travel side by side.
final class OutboxReplayScenario {

    static final int MAX_LEVELS = 1_000;
    static final int EDITS_PER_LEVEL = 10;
    /// As many batches in flight as the desk's push sends at once.
    static final int IN_FLIGHT = 8;

    private OutboxReplayScenario() {
    }

    /// @param warmUp whether to queue and push one round of edits (one per level) first, not measured: below
    ///               LARGE the replay is among the runner's first work on this path and lasts seconds, and the
    ///               JIT compiling it ran on the same two cores (as for the initial sync's warm-up)
    static void run(Report report, SyncEngine engine, PlatformClient truth, int edits, boolean warmUp) {
        int wanted = Math.max(1, Math.min(MAX_LEVELS, edits / EDITS_PER_LEVEL));
        LocalEdits local = engine.edits();
        if (warmUp) {
            for (JsonNode l : stock(truth, wanted)) {
                local.adjustStock(l.get("locationId").asText(), l.get("sku").asText(), 1, "FOUND", "benchmark warm-up");
            }
            for (int rounds = 0; engine.status().pendingEdits() > 0 && rounds < 1_000; rounds++) {
                engine.pushDue();
            }
        }
        List<JsonNode> levels = stock(truth, wanted);
        Map<String, Integer> before = onHand(levels);
        long q0 = System.nanoTime();
        for (int i = 0; i < edits; i++) {
            JsonNode l = levels.get(i % levels.size());
            local.adjustStock(l.get("locationId").asText(), l.get("sku").asText(), 1, "FOUND", "benchmark " + i);
        }
        double queueSeconds = (System.nanoTime() - q0) / 1e9;
        long t0 = System.nanoTime();
        long cpu0 = Benchmarks.processCpuNanos();
        int rounds = 0;
        while (engine.status().pendingEdits() > 0 && rounds++ < 10_000) {
            engine.pushDue();
        }
        double pushSeconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (Benchmarks.processCpuNanos() - cpu0) / 1e9;
        Map<String, Integer> after = onHand(stock(truth, levels.size()));
        // After the desk's replay, so the platform's code is as warm for its baseline as it was for the desk
        // (measured first, in a LARGE run, it was a third slower than the desk's whole replay).
        PlatformAlone alone = platformAlone(truth, levels, edits);
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
        report.add(new Figure("outbox replay", rate, "edits/s", alone.rate(),
                "the same adjustments posted straight to the platform: batches of 100, 8 in flight, no cache or outbox",
                "≥ 2,000 edits/s, exactly once", rate >= 2_000 && exactlyOnce, String.format(Locale.ROOT,
                "%,d stock adjustments over %,d levels pushed in %.1f s (%.1f s of CPU, desk and platform; queued "
                        + "in %.1f s%s); %s; the platform alone took %.1f s (%.1f s of CPU) for as many",
                edits, levels.size(), pushSeconds, cpuSeconds, queueSeconds,
                warmUp ? ", after a warm-up round of one edit per level" : "",
                exactlyOnce ? "every level moved by exactly its "
                        + "adjustments" : wrong + " levels moved by a different amount, "
                        + engine.status().pendingEdits() + " edits left", alone.seconds(), alone.cpuSeconds())));
    }

    /// CPU time of this process (desk and platform together): on a shared machine it tells the work from the
    /// waiting for other processes.

    record PlatformAlone(double rate, double seconds, double cpuSeconds) {
    }

    /// The platform's own ceiling for this replay: the same number of adjustments, in the same rounds as the
    /// desk's push (one edit per level per round, batches of [Batch#MAX_ITEMS], [#IN_FLIGHT] at once), sent by
    /// a bare client that keeps no cache and no outbox. What the desk adds on top is its bookkeeping: reading
    /// the outbox, acknowledging each edit in its cache, the sync history.
    private static PlatformAlone platformAlone(PlatformClient truth, List<JsonNode> levels, int edits) {
        ResourcesApi api = truth.create(ResourcesApi.class);
        ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            long t0 = System.nanoTime();
            long cpu0 = Benchmarks.processCpuNanos();
            for (int sent = 0; sent < edits; ) {
                int round = Math.min(levels.size(), edits - sent);
                List<Future<Batch.Answers>> answers = new ArrayList<>();
                for (int from = 0; from < round; from += Batch.MAX_ITEMS) {
                    List<Batch.Item> items = new ArrayList<>();
                    for (int i = from; i < Math.min(round, from + Batch.MAX_ITEMS); i++) {
                        JsonNode l = levels.get(i);
                        items.add(new Batch.Item("POST", "v1/stock/adjustments", null, UUID.randomUUID().toString(),
                                JsonNodeFactory.instance.objectNode().put("locationId", l.get("locationId").asText())
                                        .put("sku", l.get("sku").asText()).put("delta", 1).put("reason", "FOUND")
                                        .put("note", "benchmark, platform alone " + (sent + i))));
                    }
                    answers.add(senders.submit(() -> api.batch(new Batch.Request(items))));
                }
                for (Future<Batch.Answers> f : answers) {
                    Batch.Answers a = f.get();
                    for (int i = 0; i < a.size(); i++) {
                        if (!a.get(i).accepted()) {
                            throw new IllegalStateException("The platform refused a plain adjustment: " + a.get(i).problem());
                        }
                    }
                }
                sent += round;
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new PlatformAlone(edits / seconds, seconds, (Benchmarks.processCpuNanos() - cpu0) / 1e9);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A batch failed", e.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    /// The first `count` stock levels in the platform's list order (adjustments never add or move levels, so
    /// the same ones before and after). Only those: at LARGE the whole list is 1.7 million levels, and holding
    /// them twice as JSON trees ran the runner out of heap.
    private static List<JsonNode> stock(PlatformClient truth, int count) {
        ResourcesApi api = truth.create(ResourcesApi.class);
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, String> q = new HashMap<>(Map.of("limit", "500"));
            if (cursor != null) {
                q.put("cursor", cursor);
            }
            JsonNode page = api.list("v1/stock", q);
            page.path("items").forEach(out::add);
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null && out.size() < count);
        return out.size() > count ? List.copyOf(out.subList(0, count)) : out;
    }

    private static Map<String, Integer> onHand(List<JsonNode> levels) {
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode l : levels) {
            out.put(key(l), l.get("onHand").asInt());
        }
        return out;
    }

    private static String key(JsonNode level) {
        return level.get("locationId").asText() + "|" + level.get("sku").asText();
    }
}
