package com.trendythreads.opsdesk.cache.crash;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/// The edits a crash trial makes, derived only from a seed and the sorted ids of the seeded data, so
/// that the child JVM (from its cache) and the test (from the platform) compute the same plan.
///
/// Each step's description starts with [#marker(int)]; the child looks for it in the outbox and the
/// sync history to queue every step exactly once across kills and restarts.
record EditPlan(long seed, List<Step> steps) {

    enum Kind { ADJUST, TITLE, PRICE, TICKET, PROMO }

    /// One edit. `target` is a stock id (`loc|sku`), a product id or a customer id (creates);
    /// `delta` the stock delta, `text` the title, ticket subject or promo code, `price` the first
    /// variant's new price in cents.
    record Step(int index, Kind kind, String target, int delta, String text, long price) {
    }

    static String marker(int index) {
        return "[crash-step " + index + "]";
    }

    /// @param stockIds    every stock id, sorted
    /// @param productIds  every product id, sorted
    /// @param customerIds every customer id, sorted
    static EditPlan make(long seed, int n, List<String> stockIds, List<String> productIds, List<String> customerIds) {
        if (n < 5) {
            throw new IllegalArgumentException("n must be at least 5 (one edit of each kind)");
        }
        Random r = new Random(seed);
        List<String> skus = pick(r, stockIds, 2);
        List<String> products = pick(r, productIds, 2);
        String customer = customerIds.get(r.nextInt(customerIds.size()));
        List<Kind> kinds = new ArrayList<>(List.of(Kind.values()));
        Collections.shuffle(kinds, r);
        Kind[] weighted = {Kind.ADJUST, Kind.ADJUST, Kind.ADJUST, Kind.ADJUST, Kind.TITLE, Kind.TITLE, Kind.TITLE,
                Kind.PRICE, Kind.TICKET, Kind.PROMO};
        while (kinds.size() < n) {
            kinds.add(weighted[r.nextInt(weighted.length)]);
        }
        Map<String, Integer> running = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        String tag = Long.toString(seed, 36).toUpperCase();
        for (int i = 0; i < n; i++) {
            Kind k = kinds.get(i);
            steps.add(switch (k) {
                case ADJUST -> {
                    String sku = skus.get(r.nextInt(skus.size()));
                    int sum = running.getOrDefault(sku, 0);
                    // Never below the starting on-hand: the platform refuses a negative stock level.
                    int delta = sum > 0 && r.nextBoolean() ? -(1 + r.nextInt(Math.min(3, sum))) : 1 + r.nextInt(5);
                    running.put(sku, sum + delta);
                    yield new Step(i, k, sku, delta, null, 0);
                }
                case TITLE -> new Step(i, k, products.get(r.nextInt(2)), 0, "Crash " + tag + " step " + i, 0);
                case PRICE -> new Step(i, k, products.get(r.nextInt(2)), 0, null, 1_000 + r.nextInt(9_000));
                case TICKET -> new Step(i, k, customer, 0, "crash-" + tag + "-" + i, 0);
                case PROMO -> new Step(i, k, null, 0, "CR" + tag + "S" + i, 0);
            });
        }
        return new EditPlan(seed, List.copyOf(steps));
    }

    private static List<String> pick(Random r, List<String> from, int count) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, r);
        return List.copyOf(copy.subList(0, count));
    }

    /// Net stock change per stock id.
    Map<String, Integer> netDeltas() {
        Map<String, Integer> m = new LinkedHashMap<>();
        steps.stream().filter(s -> s.kind() == Kind.ADJUST).forEach(s -> m.merge(s.target(), s.delta(), Integer::sum));
        return m;
    }

    /// The last planned value per product for `kind` (TITLE: the title, PRICE: the price as text).
    Map<String, String> lastValues(Kind kind) {
        Map<String, String> m = new LinkedHashMap<>();
        steps.stream().filter(s -> s.kind() == kind)
                .forEach(s -> m.put(s.target(), kind == Kind.PRICE ? Long.toString(s.price()) : s.text()));
        return m;
    }

    /// The same in every JVM (an enum's hash code is not), to check that the child planned what the test did.
    String fingerprint() {
        return Integer.toHexString(steps.toString().hashCode());
    }

    List<Step> of(Kind kind) {
        return steps.stream().filter(s -> s.kind() == kind).toList();
    }
}
