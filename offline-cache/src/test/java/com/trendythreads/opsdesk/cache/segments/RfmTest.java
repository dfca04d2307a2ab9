package com.trendythreads.opsdesk.cache.segments;

import static com.trendythreads.opsdesk.cache.segments.HandBuiltSegments.NOW;
import static com.trendythreads.opsdesk.cache.segments.HandBuiltSegments.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.api.dto.orders.RefundLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RfmTest {

    /// Ten customers c01…c10. Customer i has i orders, each one line of 1000·i cents, the last one 10·i days ago:
    /// frequency i, monetary i·1000·i = 1000·i², recency 10·i days.
    /// c10's last order has 5000 cents refunded on its line: monetary 100000 − 5000 = 95000.
    /// c01 also has a cancelled order of 1,000,000 cents placed today: it counts nowhere.
    private static List<Order> tenCustomers() {
        List<Order> orders = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String c = "c%02d".formatted(i);
            for (int k = 0; k < i; k++) {
                String id = c + "-o" + k;
                List<Refund> refunds = i == 10 && k == 0
                        ? List.of(new Refund("r1", 5000, List.of(new RefundLine(id + "-l0", 1, 5000)), 0, "x", "y", NOW))
                        : List.of();
                orders.add(order(id, c, 10L * i + k * 3L, OrderStatus.DELIVERED, 1000L * i, refunds, "p1"));
            }
        }
        orders.add(order("cx", "c01", 0, OrderStatus.CANCELLED, 1_000_000, List.of(), "p1"));
        return orders;
    }

    @Test
    void quintileBoundariesAndScoresOfAHandBuiltDataset() {
        Rfm.Result r = Rfm.compute(tenCustomers(), NOW);

        // n = 10: the boundaries are the sorted values at positions ⌊k·10/5⌋ = 2, 4, 6, 8 (0-based).
        // recency days sorted 10,20,…,100 → 30, 50, 70, 90
        assertThat(r.boundaries().recencyDays()).containsExactly(30L, 50L, 70L, 90L);
        // frequency 1…10 → 3, 5, 7, 9
        assertThat(r.boundaries().frequency()).containsExactly(3L, 5L, 7L, 9L);
        // monetary 1000, 4000, 9000, 16000, 25000, 36000, 49000, 64000, 81000, 95000 → 9000, 25000, 49000, 81000
        assertThat(r.boundaries().monetaryCents()).containsExactly(9_000L, 25_000L, 49_000L, 81_000L);

        assertThat(r.scores()).hasSize(10);
        // F and M: 1 + boundaries reached (≥): i = 1,2 → 1; 3,4 → 2; 5,6 → 3; 7,8 → 4; 9,10 → 5.
        // R: 5 − boundaries reached: 10,20 d → 5; 30,40 → 4; 50,60 → 3; 70,80 → 2; 90,100 → 1.
        Map<String, String> expected = Map.of(
                "c01", "R5 F1 M1", "c02", "R5 F1 M1", "c03", "R4 F2 M2", "c04", "R4 F2 M2", "c05", "R3 F3 M3",
                "c06", "R3 F3 M3", "c07", "R2 F4 M4", "c08", "R2 F4 M4", "c09", "R1 F5 M5", "c10", "R1 F5 M5");
        expected.forEach((c, code) -> assertThat(r.scores().get(c).code()).as(c).isEqualTo(code));

        Rfm.Score c01 = r.scores().get("c01");
        assertThat(c01.frequency()).as("the cancelled order is left out").isEqualTo(1);
        assertThat(c01.monetaryCents()).isEqualTo(1_000);
        assertThat(c01.recencyDays()).isEqualTo(10);
        assertThat(r.scores().get("c10").monetaryCents()).as("refunded line amount is not sales").isEqualTo(95_000);
    }

    @Test
    void equalValuesScoreTheSame() {
        // Five customers with one order of 1000 cents each, 7 days ago: every boundary is the same value, which
        // every customer reaches: all R1 F5 M5 — nobody is split from an equal neighbour.
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            orders.add(order("o" + i, "c" + i, 7, OrderStatus.DELIVERED, 1000, List.of(), "p1"));
        }
        Rfm.Result r = Rfm.compute(orders, NOW);
        assertThat(r.scores().values()).extracting(Rfm.Score::code).containsOnly("R1 F5 M5");
    }

    @Test
    void noOrdersNoScores() {
        assertThat(Rfm.compute(List.of(), NOW)).isEqualTo(Rfm.Result.EMPTY);
    }
}
