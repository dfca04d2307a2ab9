package com.trendythreads.opsdesk.cache.segments;

import static com.trendythreads.opsdesk.cache.segments.HandBuiltSegments.customer;
import static com.trendythreads.opsdesk.cache.segments.HandBuiltSegments.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/// Measures the in-memory part of segments at the LARGE demo data's size of the order window (250,000 orders
/// of 100,000 customers, 50,000 products in 120 categories): building the facts (RFM included) once, and
/// evaluating a rule — what every change in the builder costs. Reading the cache is not included.
///
/// Not part of `verify`. Run:
/// `mvn -B test -pl offline-cache -am -Pbenchmarks -Dtest='SegmentFactsBenchmark' -Dsurefire.failIfNoSpecifiedTests=false`
@Tag("benchmark")
class SegmentFactsBenchmark {

    @Test
    void buildAndEvaluate() {
        Random r = new Random(9);
        LoyaltyTier[] tiers = LoyaltyTier.values();
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            customers.add(customer("c" + i, tiers[r.nextInt(4)], r.nextBoolean(), r.nextBoolean(), r.nextBoolean()));
        }
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 250_000; i++) {
            orders.add(order("o" + i, "c" + r.nextInt(100_000), r.nextInt(90), OrderStatus.DELIVERED,
                    1_000 + r.nextInt(20_000), List.of(), "p" + r.nextInt(50_000), "p" + r.nextInt(50_000)));
        }
        Map<String, String> categoryOf = new HashMap<>();
        for (int p = 0; p < 50_000; p++) {
            categoryOf.put("p" + p, "cat" + (p % 120));
        }
        SegmentFacts facts = null;
        long t0 = 0;
        long t1 = 0;
        for (int i = 0; i < 3; i++) { // the last of three (warm)
            t0 = System.nanoTime();
            facts = new SegmentFacts(customers, orders, categoryOf::get, Map.of(), Map.of(), HandBuiltSegments.NOW);
            t1 = System.nanoTime();
        }
        long rfm0 = System.nanoTime();
        Rfm.compute(orders, HandBuiltSegments.NOW);
        System.out.printf("segments: RFM alone %d ms%n", (System.nanoTime() - rfm0) / 1_000_000);
        SegmentFacts.Evaluation e = null;
        for (int i = 0; i < 5; i++) {
            e = facts.evaluate(new SegmentRule(Set.of(LoyaltyTier.GOLD), null, "cat7", 30, 0, 0, 3),
                    CampaignChannel.EMAIL);
        }
        long t2 = System.nanoTime();
        System.out.printf("segments: facts %d ms, one rule evaluation %d ms (%d members, %d reachable)%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 5_000_000, e.size(), e.reachable());
        assertThat(e.size()).isPositive();
    }
}
