package com.trendythreads.opsdesk.cache.kpi;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.api.dto.orders.RefundLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/// The sales figures of every cached order, summed into cells per sale day (shop calendar) × channel × location ×
/// category, so a figure for any filter adds up a few thousand cells instead of reading orders.
///
/// Two kinds of cells, because an order with lines in two categories is one order but sells in both:
/// - line cells (day, channel, location, category): net cents, units, returned units, net of campaign
///   orders — additive over categories;
/// - order cells (day, channel, location, the order's set of categories, the set of categories with a
///   returned unit): orders and promo codes — an order counts once for any category filter it meets.
///
/// Each order's contribution is kept, so a changed order is applied as "subtract the old, add the new".
/// Not thread-safe: [SalesKpis] guards it.
final class SalesRollup {

    /// One order's part in the figures (null for orders that do not count: cancelled, no sale date).
    /// Lines of the same category are merged; `cats` are category indices, ascending.
    record Contribution(String id, String number, long placedAt, int day, int channel, int location, int[] cats,
                        long[] net, long[] units, long[] returned, String campaignId, int codes, int sig,
                        int returnSig) {

        long netTotal() {
            return Arrays.stream(net).sum();
        }

        long unitTotal() {
            return Arrays.stream(units).sum();
        }

        long returnedTotal() {
            return Arrays.stream(returned).sum();
        }

        boolean campaign() {
            return campaignId != null;
        }

        boolean matches(Selection s) {
            if (s.none() || s.channel() >= 0 && s.channel() != channel || s.location() >= 0 && s.location() != location) {
                return false;
            }
            if (s.categories() == null) {
                return true;
            }
            for (int c : cats) {
                if (s.categories().get(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    /// Sums for one filter.
    static final class Totals {
        long net;
        long units;
        long returned;
        long campaignNet;
        long orders;
        long returnedOrders;
        long codes;
    }

    /// A filter turned into indices: -1 = any channel / location, null = any category; `none` when the
    /// filter names a value no cached order has.
    record Selection(int channel, int location, java.util.BitSet categories, boolean none) {
    }

    private static final int NET = 0;
    private static final int UNITS = 1;
    private static final int RETURNED = 2;
    private static final int CAMPAIGN_NET = 3;
    private static final int ORDERS = 0;
    private static final int CODES = 1;

    private final Map<String, Integer> locations = new HashMap<>();
    private final Map<String, Integer> categories = new HashMap<>();
    private final Map<List<Integer>, Integer> signatures = new HashMap<>();
    private final List<int[]> signatureCats = new ArrayList<>();
    private final Map<String, Contribution> byOrder = new HashMap<>();
    private final TreeMap<Integer, Day> days = new TreeMap<>();

    private static final class Day {
        final Cells lines = new Cells(4);
        final Cells orders = new Cells(2);
    }

    /// An open-addressing table of cells: packed key → `width` longs, in flat arrays so a figure scans them
    /// without boxing or pointer chasing (a HashMap of boxed keys took ~20 ms per 30-day figure at LARGE
    /// scale; these take ~1 ms). Cells are never removed: a cell whose orders left holds zeros, which add
    /// nothing.
    static final class Cells {
        private static final long EMPTY = -1L;
        final int width;
        long[] keys;
        long[] values;
        int size;

        Cells(int width) {
            this.width = width;
            this.keys = new long[16];
            Arrays.fill(keys, EMPTY);
            this.values = new long[16 * width];
        }

        /// The offset of `key`'s values, creating the cell.
        int slot(long key) {
            if ((size + 1) * 4 > keys.length * 3) {
                grow();
            }
            int mask = keys.length - 1;
            int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (keys[i] != EMPTY) {
                if (keys[i] == key) {
                    return i * width;
                }
                i = (i + 1) & mask;
            }
            keys[i] = key;
            size++;
            return i * width;
        }

        private void grow() {
            long[] oldKeys = keys;
            long[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            Arrays.fill(keys, EMPTY);
            values = new long[keys.length * width];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    System.arraycopy(oldValues, i * width, values, slot(oldKeys[i]), width);
                }
            }
        }
    }

    SalesRollup() {
        signature(new int[0]); // signature 0 = no category (an order without returns has return signature 0)
    }

    int locationIndex(String id) {
        return locations.computeIfAbsent(id == null ? "" : id, k -> locations.size());
    }

    Integer findLocation(String id) {
        return locations.get(id);
    }

    int categoryIndex(String id) {
        return categories.computeIfAbsent(id == null ? SalesKpis.UNKNOWN_CATEGORY : id, k -> categories.size());
    }

    Integer findCategory(String id) {
        return categories.get(id);
    }

    private int signature(int[] sortedCats) {
        List<Integer> key = Arrays.stream(sortedCats).boxed().toList();
        return signatures.computeIfAbsent(key, k -> {
            signatureCats.add(sortedCats.clone());
            return signatureCats.size() - 1;
        });
    }

    /// What `order` adds to the figures, with its lines' categories from `categoryOf` (product id →
    /// category id), or null when it does not count.
    Contribution contribution(Order order, java.util.function.Function<String, String> categoryOf) {
        if (order.status() == OrderStatus.CANCELLED || order.placedAt() == null || order.channel() == null) {
            return null;
        }
        Map<String, Long> refundedByLine = refundedByLine(order);
        TreeMap<Integer, long[]> perCat = new TreeMap<>();
        for (OrderLine l : nz(order.lines())) {
            int cat = categoryIndex(categoryOf.apply(l.productId()));
            long net = lineNet(l, refundedByLine);
            long[] m = perCat.computeIfAbsent(cat, k -> new long[3]);
            m[0] += net;
            m[1] += l.quantity();
            m[2] += l.returnedQuantity();
        }
        int n = perCat.size();
        int[] cats = new int[n];
        long[] net = new long[n];
        long[] units = new long[n];
        long[] returned = new long[n];
        int i = 0;
        List<Integer> returnCats = new ArrayList<>();
        for (Map.Entry<Integer, long[]> e : perCat.entrySet()) {
            cats[i] = e.getKey();
            net[i] = e.getValue()[0];
            units[i] = e.getValue()[1];
            returned[i] = e.getValue()[2];
            if (returned[i] > 0) {
                returnCats.add(cats[i]);
            }
            i++;
        }
        int day = (int) SalesCalendar.saleDay(order.placedAt()).toEpochDay();
        int codes = order.promoCodes() == null ? 0 : order.promoCodes().size();
        return new Contribution(order.id(), order.number(), order.placedAt().getEpochSecond(), day,
                order.channel().ordinal(), locationIndex(order.locationId()), cats, net, units, returned,
                order.campaignId(), codes, signature(cats),
                signature(returnCats.stream().mapToInt(Integer::intValue).toArray()));
    }

    /// An order's net sales over all its lines, the one rule of net sales (`docs/KPIS.md`): per line
    /// unit price × quantity − line discount − refunded on that line; 0 for a cancelled order.
    static long orderNet(Order order) {
        if (order.status() == OrderStatus.CANCELLED) {
            return 0;
        }
        Map<String, Long> refunded = refundedByLine(order);
        long sum = 0;
        for (OrderLine l : nz(order.lines())) {
            sum += lineNet(l, refunded);
        }
        return sum;
    }

    private static long lineNet(OrderLine l, Map<String, Long> refundedByLine) {
        return l.unitPriceCents() * l.quantity() - l.discountCents() - refundedByLine.getOrDefault(l.id(), 0L);
    }

    private static Map<String, Long> refundedByLine(Order order) {
        Map<String, Long> out = new HashMap<>();
        for (Refund r : nz(order.refunds())) {
            for (RefundLine rl : nz(r.lines())) {
                out.merge(rl.lineId(), rl.amountCents(), Long::sum);
            }
        }
        return out;
    }

    private static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : list;
    }

    /// Replaces the contribution of order `id` with `next` (null: the order no longer counts) and returns
    /// the figures whose sums changed.
    Set<Kpi> put(String id, Contribution next) {
        Contribution prev = next == null ? byOrder.remove(id) : byOrder.put(id, next);
        if (prev != null) {
            apply(prev, -1);
        }
        if (next != null) {
            apply(next, 1);
        }
        return affected(prev, next);
    }

    int orderCount() {
        return byOrder.size();
    }

    private void apply(Contribution c, int sign) {
        Day d = days.computeIfAbsent(c.day(), k -> new Day());
        boolean campaign = c.campaign();
        for (int i = 0; i < c.cats().length; i++) {
            int at = d.lines.slot(lineKey(c.channel(), c.location(), c.cats()[i]));
            long[] m = d.lines.values;
            m[at + NET] += sign * c.net()[i];
            m[at + UNITS] += sign * c.units()[i];
            m[at + RETURNED] += sign * c.returned()[i];
            m[at + CAMPAIGN_NET] += campaign ? sign * c.net()[i] : 0;
        }
        int at = d.orders.slot(orderKey(c.channel(), c.location(), c.sig(), c.returnSig()));
        d.orders.values[at + ORDERS] += sign;
        d.orders.values[at + CODES] += (long) sign * c.codes();
    }

    private static long lineKey(int channel, int location, int cat) {
        return channel | (long) location << 3 | (long) cat << 16;
    }

    private static long orderKey(int channel, int location, int sig, int returnSig) {
        return channel | (long) location << 3 | (long) sig << 16 | (long) returnSig << 40;
    }

    private static Set<Kpi> affected(Contribution a, Contribution b) {
        Set<Kpi> out = EnumSet.noneOf(Kpi.class);
        if (a == null && b == null) {
            return out;
        }
        boolean moved = a == null || b == null || a.day() != b.day() || a.channel() != b.channel()
                || a.location() != b.location() || !Arrays.equals(a.cats(), b.cats());
        long[] x = measures(a);
        long[] y = measures(b);
        boolean netChanged = a == null || b == null || !Arrays.equals(a.net(), b.net());
        if ((moved || netChanged) && (x[0] != 0 || y[0] != 0)) {
            out.add(Kpi.NET_SALES);
            out.add(Kpi.AVERAGE_ORDER_VALUE);
        }
        if (moved) {
            out.add(Kpi.ORDERS);
            out.add(Kpi.AVERAGE_ORDER_VALUE);
            out.add(Kpi.RETURN_RATE_ORDERS);
        }
        if ((moved || !Arrays.equals(a.units(), b.units()) || !Arrays.equals(a.returned(), b.returned()))
                && (x[1] != 0 || y[1] != 0)) {
            out.add(Kpi.RETURN_RATE_UNITS);
        }
        if (moved || a.returnSig() != b.returnSig()) {
            out.add(Kpi.RETURN_RATE_ORDERS);
        }
        if ((moved || netChanged || !java.util.Objects.equals(a.campaignId(), b.campaignId())) && (x[2] != 0 || y[2] != 0)) {
            out.add(Kpi.CAMPAIGN_REVENUE);
        }
        if ((moved || a.codes() != b.codes()) && (x[3] != 0 || y[3] != 0)) {
            out.add(Kpi.CODE_REDEMPTIONS);
        }
        return out;
    }

    // net, units, campaign net, codes (0 for no contribution)
    private static long[] measures(Contribution c) {
        if (c == null) {
            return new long[4];
        }
        return new long[] {c.netTotal(), c.unitTotal(), c.campaign() ? 1 : 0, c.codes()};
    }

    /// Adds up the cells of `day` that `s` selects into `t`.
    void sum(int day, Selection s, Totals t) {
        Day d = days.get(day);
        if (d == null || s.none()) {
            return;
        }
        long[] keys = d.lines.keys;
        long[] m = d.lines.values;
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            if (k == Cells.EMPTY || !keep(k, s) || s.categories() != null && !s.categories().get((int) (k >>> 16))) {
                continue;
            }
            int at = i * 4;
            t.net += m[at + NET];
            t.units += m[at + UNITS];
            t.returned += m[at + RETURNED];
            t.campaignNet += m[at + CAMPAIGN_NET];
        }
        keys = d.orders.keys;
        m = d.orders.values;
        for (int i = 0; i < keys.length; i++) {
            long k = keys[i];
            if (k == Cells.EMPTY || !keep(k, s)) {
                continue;
            }
            int sig = (int) ((k >>> 16) & 0xFF_FFFF);
            int returnSig = (int) (k >>> 40);
            if (s.categories() != null && !meets(sig, s)) {
                continue;
            }
            int at = i * 2;
            t.orders += m[at + ORDERS];
            t.codes += m[at + CODES];
            if (returnSig != 0 && (s.categories() == null || meets(returnSig, s))) {
                t.returnedOrders += m[at + ORDERS];
            }
        }
    }

    private static boolean keep(long k, Selection s) {
        int channel = (int) (k & 0x7);
        int location = (int) ((k >>> 3) & 0x1FFF);
        return (s.channel() < 0 || s.channel() == channel) && (s.location() < 0 || s.location() == location);
    }

    private boolean meets(int sig, Selection s) {
        for (int c : signatureCats.get(sig)) {
            if (s.categories().get(c)) {
                return true;
            }
        }
        return false;
    }

    /// Every counted order of `from`..`to` that `s` selects.
    void forEachOrder(LocalDate from, LocalDate to, Selection s, Consumer<Contribution> action) {
        int a = (int) from.toEpochDay();
        int b = (int) to.toEpochDay();
        for (Contribution c : byOrder.values()) {
            if (c.day() >= a && c.day() <= b && c.matches(s)) {
                action.accept(c);
            }
        }
    }

    /// Net cents of `c`'s lines in the selected categories.
    static long net(Contribution c, Selection s) {
        long sum = 0;
        for (int i = 0; i < c.cats().length; i++) {
            if (s.categories() == null || s.categories().get(c.cats()[i])) {
                sum += c.net()[i];
            }
        }
        return sum;
    }

    static long units(Contribution c, Selection s, boolean returnedOnly) {
        long sum = 0;
        for (int i = 0; i < c.cats().length; i++) {
            if (s.categories() == null || s.categories().get(c.cats()[i])) {
                sum += returnedOnly ? c.returned()[i] : c.units()[i];
            }
        }
        return sum;
    }

    void clear() {
        byOrder.clear();
        days.clear();
    }
}
