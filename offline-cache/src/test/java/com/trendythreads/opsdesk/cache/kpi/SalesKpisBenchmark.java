package com.trendythreads.opsdesk.cache.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Measures, on a cache the size of the LARGE demo data's order window (250,000 orders over 90 days — LARGE
/// seeds 500,000 over 180 — with 50,000 products in 120 categories, 8 locations), how long the dashboard's
/// sales figures take: the first build, a figure for a filter, and one changed order (write + rollup update
/// + recomputing the figures it reports), against the baseline of summing the same orders in H2.
///
/// Not part of `verify` (timings on a shared machine are no assertion). Run:
/// `mvn -B test -pl offline-cache -am -Pbenchmarks -Dtest='*Benchmark' -Dsurefire.failIfNoSpecifiedTests=false`
@Tag("benchmark")
class SalesKpisBenchmark {

    private static final int ORDERS = Integer.getInteger("kpi.perf.orders", 250_000);
    private static final int PRODUCTS = 50_000;
    private static final int CATEGORIES = 120;
    private static final String[] CHANNELS = {"WEB", "APP", "MARKETPLACE", "STORE"};
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void measure() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        try (CacheDatabase db = CacheDatabase.open(dir, "http://localhost:1", "mona.manager", "demo".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000))) {
            LocalTables tables = new LocalTables();
            long t0 = System.nanoTime();
            fill(db, tables, now);
            report("fill cache (" + ORDERS + " orders)", t0);

            t0 = System.nanoTime();
            SalesKpis kpis = new SalesKpis(db, Clock.systemUTC(), 90, null);
            report("SalesKpis first build", t0);
            assertThat(kpis.countedOrders()).isPositive();

            KpiFilter month = KpiFilter.days(today.minusDays(29), today);
            KpiFilter monthWebLoc = new KpiFilter(today.minusDays(29), today, "LOC-3", "WEB", Set.of());
            KpiFilter monthCats = new KpiFilter(today.minusDays(29), today, null, null,
                    Set.of("cat-1", "cat-2", "cat-3", "cat-4", "cat-5", "cat-6", "cat-7", "cat-8"));
            for (int warm = 0; warm < 20; warm++) {
                for (Kpi k : SalesKpis.LOCAL) {
                    kpis.value(k, month);
                }
            }
            for (KpiFilter f : List.of(KpiFilter.days(today, today), month, monthWebLoc, monthCats,
                    KpiFilter.days(today.minusDays(89), today))) {
                long[] ns = new long[20];
                for (int i = 0; i < ns.length; i++) {
                    kpis.forgetSums();
                    long s = System.nanoTime();
                    for (Kpi k : SalesKpis.LOCAL) {
                        kpis.value(k, f);
                    }
                    ns[i] = System.nanoTime() - s;
                }
                print("all 7 sales figures, cold (value + comparison + sparkline), " + f.length() + " days"
                        + (f.channel() != null ? " channel+location" : "") + (f.categoryIds().isEmpty() ? "" : " 8 categories"),
                        ns);
            }

            // One changed order: a refund on an order placed today, through the real write path.
            List<String> todays = db.read(h -> h.createQuery(
                            "SELECT id FROM orders WHERE placed_at >= :d AND status <> 'CANCELLED' ORDER BY id LIMIT 60")
                    .bind("d", today.atStartOfDay().atOffset(ZoneOffset.UTC)).mapTo(String.class).list());
            long[] writeNs = new long[todays.size()];
            long[] recomputeNs = new long[todays.size()];
            List<Set<Kpi>> heard = new ArrayList<>();
            kpis.onChange(heard::add);
            for (int i = 0; i < todays.size(); i++) {
                String id = todays.get(i);
                ObjectNode doc = (ObjectNode) parse(db.read(h -> h.createQuery("SELECT doc FROM orders WHERE id = :id")
                        .bind("id", id).mapTo(String.class).one()));
                JsonNode line = doc.get("lines").get(0);
                ObjectNode refund = ((ArrayNode) doc.withArray("refunds")).addObject().put("id", "rf-perf-" + i)
                        .put("amountCents", 100);
                refund.putArray("lines").addObject().put("lineId", line.get("id").asText()).put("quantity", 0)
                        .put("amountCents", 100);
                doc.put("version", doc.get("version").asLong() + 1);
                heard.clear();
                long s = System.nanoTime();
                db.write(tx -> {
                    tables.upsert(tx.handle(), ResourceType.ORDER, List.of(doc));
                    tx.changed("orders", List.of(id));
                    return null;
                }); // the listener (rollup update) runs inside this call, after COMMIT
                writeNs[i] = System.nanoTime() - s;
                assertThat(heard).hasSize(1);
                s = System.nanoTime();
                for (Kpi k : heard.getFirst()) {
                    kpis.value(k, month);
                }
                recomputeNs[i] = System.nanoTime() - s;
            }
            print("one changed order: H2 write + commit + rollup update", writeNs);
            print("recompute the reported figures (30 days)", recomputeNs);

            // Baselines: the same 30 days summed by H2.
            Instant from = month.from().atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant until = month.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            long[] sqlNs = new long[3];
            for (int i = 0; i < sqlNs.length; i++) {
                long s = System.nanoTime();
                db.read(h -> h.createQuery("SELECT COUNT(*), SUM(total_cents) FROM orders WHERE placed_at >= :a"
                                + " AND placed_at < :b AND status <> 'CANCELLED'")
                        .bind("a", from.atOffset(ZoneOffset.UTC)).bind("b", until.atOffset(ZoneOffset.UTC))
                        .mapToMap().one());
                sqlNs[i] = System.nanoTime() - s;
            }
            print("baseline: H2 COUNT + SUM(total_cents) over the typed columns, 30 days", sqlNs);
            long[] jsonNs = new long[2];
            for (int i = 0; i < jsonNs.length; i++) {
                long s = System.nanoTime();
                List<String> docs = db.read(h -> h.createQuery("SELECT doc FROM orders WHERE placed_at >= :a"
                                + " AND placed_at < :b AND status <> 'CANCELLED'")
                        .bind("a", from.atOffset(ZoneOffset.UTC)).bind("b", until.atOffset(ZoneOffset.UTC))
                        .mapTo(String.class).list());
                long net = 0;
                for (String d : docs) {
                    for (JsonNode l : parse(d).path("lines")) {
                        net += l.get("unitPriceCents").asLong() * l.get("quantity").asLong();
                    }
                }
                jsonNs[i] = System.nanoTime() - s;
                assertThat(net).isPositive();
            }
            print("baseline: H2 read of the orders' JSON + net from the lines, 30 days", jsonNs);
            kpis.close();
        }
    }

    private static void fill(CacheDatabase db, LocalTables tables, Instant now) {
        SplittableRandom r = new SplittableRandom(7);
        long[] price = new long[PRODUCTS];
        List<JsonNode> batch = new ArrayList<>();
        for (int p = 0; p < PRODUCTS; p++) {
            price[p] = 1_000 + r.nextInt(20_000);
            batch.add(F.objectNode().put("id", "prd-" + p).put("version", 1).put("title", "Product " + p)
                    .put("status", "ACTIVE").put("categoryId", "cat-" + (p % CATEGORIES)));
            if (batch.size() == 5_000) {
                write(db, tables, ResourceType.PRODUCT, batch);
            }
        }
        long span = 90L * 86_400 - 3_600;
        for (int o = 0; o < ORDERS; o++) {
            String id = "ord-" + o;
            Instant placed = now.minusSeconds((long) (span * Math.pow(r.nextDouble(), 1.1)));
            ObjectNode doc = F.objectNode().put("id", id).put("number", "TT-" + (1_000_000 + o))
                    .put("placedAt", placed.toString()).put("channel", CHANNELS[r.nextInt(4)])
                    .put("locationId", "LOC-" + r.nextInt(8))
                    .put("status", r.nextDouble() < 0.03 ? "CANCELLED" : "DELIVERED").put("version", 1);
            doc.putObject("customer").put("id", "cus-" + r.nextInt(100_000));
            if (r.nextDouble() < 0.15) {
                doc.put("campaignId", "cmp-" + r.nextInt(40));
                doc.putArray("promoCodes").add("CODE" + r.nextInt(200));
            }
            ArrayNode lines = doc.putArray("lines");
            ArrayNode refunds = doc.putArray("refunds");
            int n = 1 + (r.nextDouble() < 0.45 ? 1 + r.nextInt(3) : 0);
            for (int l = 0; l < n; l++) {
                int p = r.nextInt(PRODUCTS);
                int qty = 1 + (r.nextDouble() < 0.14 ? 1 : 0);
                int returned = r.nextDouble() < 0.12 ? 1 : 0;
                lines.addObject().put("id", id + "-" + l).put("sku", "prd-" + p + "-M").put("productId", "prd-" + p)
                        .put("title", "Product " + p).put("quantity", qty).put("unitPriceCents", price[p])
                        .put("discountCents", r.nextDouble() < 0.2 ? price[p] / 10 : 0)
                        .put("returnedQuantity", returned).put("refundedQuantity", returned);
                if (returned > 0) {
                    ObjectNode rf = refunds.addObject().put("id", "rf-" + id + "-" + l).put("amountCents", price[p]);
                    rf.putArray("lines").addObject().put("lineId", id + "-" + l).put("quantity", 1)
                            .put("amountCents", price[p]);
                }
            }
            doc.put("totalCents", 0);
            batch.add(doc);
            if (batch.size() == 5_000) {
                write(db, tables, ResourceType.ORDER, batch);
            }
        }
        write(db, tables, ResourceType.ORDER, batch);
    }

    private static void write(CacheDatabase db, LocalTables tables, ResourceType type, List<JsonNode> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<JsonNode> docs = List.copyOf(batch);
        batch.clear();
        db.write(tx -> {
            tables.upsert(tx.handle(), type, docs);
            tx.changedAll(type.table());
            return null;
        });
    }

    private static JsonNode parse(String doc) {
        try {
            return JSON.readTree(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void report(String what, long startNs) {
        System.out.printf("KPI-PERF %-75s %,10.1f ms%n", what, (System.nanoTime() - startNs) / 1e6);
    }

    private static void print(String what, long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        Map<String, Double> out = new HashMap<>();
        out.put("median", sorted[sorted.length / 2] / 1e6);
        out.put("max", sorted[sorted.length - 1] / 1e6);
        System.out.printf("KPI-PERF %-75s median %,8.2f ms  max %,8.2f ms  (n=%d)%n", what, out.get("median"),
                out.get("max"), ns.length);
    }
}
