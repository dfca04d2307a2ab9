package com.trendythreads.opsdesk.cache.segments;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.api.dto.orders.RefundLine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// RFM scores computed locally from cached orders.
///
/// Per customer with at least one cached order that is not cancelled:
/// - recency: whole days from the last such order to `now`;
/// - frequency: how many such orders;
/// - monetary: their net sales in cents (docs/KPIS.md: unit price × quantity − line discount − refunded line
///   amounts; tax and shipping are not sales).
///
/// Each measure is scored 1–5 by quintiles over the scored customers: the four boundaries are the values at
/// sorted positions ⌊k·n/5⌋ (k = 1…4, 0-based, ascending). For frequency and monetary the score is 1 + the
/// number of boundaries the value reaches (≥), so more is better; for recency it is 5 − that number, so a
/// recent order scores 5. Equal values always score the same.
public final class Rfm {

    private Rfm() {
    }

    /// One customer's measures and scores.
    public record Score(String customerId, long recencyDays, int frequency, long monetaryCents,
            int r, int f, int m) {
        /// "R5 F3 M4".
        public String code() {
            return "R" + r + " F" + f + " M" + m;
        }
    }

    /// The four quintile boundaries of each measure (ascending), empty when nobody is scored.
    public record Boundaries(List<Long> recencyDays, List<Long> frequency, List<Long> monetaryCents) {
    }

    public record Result(Map<String, Score> scores, Boundaries boundaries) {
        public static final Result EMPTY = new Result(Map.of(), new Boundaries(List.of(), List.of(), List.of()));
    }

    public static Result compute(Collection<Order> orders, Instant now) {
        Map<String, long[]> by = new HashMap<>(); // customer -> {last placed epoch s, count, net}
        for (Order o : orders) {
            if (o.status() == OrderStatus.CANCELLED || o.customer() == null || o.customer().id() == null
                    || o.placedAt() == null) {
                continue;
            }
            long[] a = by.computeIfAbsent(o.customer().id(), k -> new long[] {Long.MIN_VALUE, 0, 0});
            a[0] = Math.max(a[0], o.placedAt().getEpochSecond());
            a[1]++;
            a[2] += netCents(o);
        }
        if (by.isEmpty()) {
            return Result.EMPTY;
        }
        List<Long> rec = new ArrayList<>();
        List<Long> freq = new ArrayList<>();
        List<Long> mon = new ArrayList<>();
        Map<String, long[]> measures = new HashMap<>();
        by.forEach((id, a) -> {
            long days = Math.max(0, Duration.between(Instant.ofEpochSecond(a[0]), now).toDays());
            long[] m = {days, a[1], a[2]};
            measures.put(id, m);
            rec.add(m[0]);
            freq.add(m[1]);
            mon.add(m[2]);
        });
        Boundaries b = new Boundaries(cuts(rec), cuts(freq), cuts(mon));
        Map<String, Score> scores = new HashMap<>();
        measures.forEach((id, m) -> scores.put(id, new Score(id, m[0], (int) m[1], m[2],
                5 - reached(m[0], b.recencyDays()), 1 + reached(m[1], b.frequency()),
                1 + reached(m[2], b.monetaryCents()))));
        return new Result(Map.copyOf(scores), b);
    }

    /// Net sales of one order as docs/KPIS.md counts them.
    public static long netCents(Order o) {
        Map<String, Long> refunded = new HashMap<>();
        for (Refund r : o.refunds() == null ? List.<Refund>of() : o.refunds()) {
            for (RefundLine rl : r.lines() == null ? List.<RefundLine>of() : r.lines()) {
                refunded.merge(rl.lineId(), rl.amountCents(), Long::sum);
            }
        }
        long net = 0;
        for (OrderLine l : o.lines() == null ? List.<OrderLine>of() : o.lines()) {
            net += l.unitPriceCents() * l.quantity() - l.discountCents() - refunded.getOrDefault(l.id(), 0L);
        }
        return net;
    }

    private static List<Long> cuts(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        List<Long> out = new ArrayList<>(4);
        for (int k = 1; k <= 4; k++) {
            out.add(sorted.get(k * n / 5));
        }
        return List.copyOf(out);
    }

    private static int reached(long v, List<Long> cuts) {
        int c = 0;
        for (long cut : cuts) {
            if (v >= cut) {
                c++;
            }
        }
        return c;
    }
}
