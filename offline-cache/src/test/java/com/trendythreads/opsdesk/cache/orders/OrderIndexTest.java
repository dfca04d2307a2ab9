package com.trendythreads.opsdesk.cache.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/// The order list's index after live changes: a changed order moves to its new place, a new one is listed
/// once at its place, a removed one is gone, and the list stays newest first as a full sort would give it.
class OrderIndexTest {

    private static Order order(String id, Instant placedAt, String status) {
        try {
            return Json.mapper().readValue("""
                    {"id": "%s", "number": "N-%s", "placedAt": "%s", "status": "%s", "lines": []}
                    """.formatted(id, id, placedAt, status), Order.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> ids(OrderIndex index) {
        return index.query(OrderIndex.Query.ALL).stream().map(OrderIndex.Row::id).toList();
    }

    @Test
    void changesKeepTheListNewestFirstWithEachOrderOnce() {
        Instant t = Instant.parse("2026-11-20T10:00:00Z");
        SplittableRandom random = new SplittableRandom(3);
        List<Order> all = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            all.add(order("o" + i, t.minusSeconds(random.nextInt(100_000)), "PAID"));
        }
        OrderIndex index = new OrderIndex();
        index.reset(all);

        index.put(List.of(order("o7", t.plusSeconds(60), "SHIPPED"), order("new", t.plusSeconds(30), "PAID")));
        index.remove(List.of("o9", "missing"));
        index.put(List.of(order("same-time", t.plusSeconds(30), "PAID")));

        List<String> got = ids(index);
        assertThat(got.subList(0, 3)).containsExactly("o7", "same-time", "new");
        assertThat(got).hasSize(501).doesNotHaveDuplicates().doesNotContain("o9");
        assertThat(index.query(OrderIndex.Query.ALL).getFirst().status().name()).isEqualTo("SHIPPED");

        OrderIndex rebuilt = new OrderIndex();
        List<Order> now = new ArrayList<>(all.stream().filter(o -> !o.id().equals("o9") && !o.id().equals("o7"))
                .toList());
        now.addAll(List.of(order("o7", t.plusSeconds(60), "SHIPPED"), order("new", t.plusSeconds(30), "PAID"),
                order("same-time", t.plusSeconds(30), "PAID")));
        rebuilt.reset(now);
        assertThat(got).as("the same order as sorting every row again").isEqualTo(ids(rebuilt));
    }
}
