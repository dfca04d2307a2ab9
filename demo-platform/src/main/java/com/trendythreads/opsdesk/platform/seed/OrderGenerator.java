package com.trendythreads.opsdesk.platform.seed;

import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.crm.Review;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import com.trendythreads.opsdesk.api.dto.orders.FulfilmentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCustomer;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Payment;
import com.trendythreads.opsdesk.api.dto.orders.PaymentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.api.dto.orders.RefundLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderReturn;
import com.trendythreads.opsdesk.api.dto.orders.ReturnLine;
import com.trendythreads.opsdesk.api.dto.orders.ReturnReason;
import com.trendythreads.opsdesk.api.dto.orders.Shipment;
import com.trendythreads.opsdesk.api.dto.orders.TimelineEvent;
import com.trendythreads.opsdesk.platform.orders.PaymentAccounts;
import com.trendythreads.opsdesk.platform.seed.FashionSeeder.SeedRun;
import com.trendythreads.opsdesk.platform.seed.SeedModel.Cust;
import com.trendythreads.opsdesk.platform.seed.SeedModel.Promo;
import com.trendythreads.opsdesk.platform.seed.SeedModel.Sku;
import com.trendythreads.opsdesk.platform.store.Counters.Sequence;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Six months of orders, streamed to the database in chronological order, with their line facts,
/// promo redemptions and reviews; open orders are grouped into pick-list waves. Keeps only compact
/// aggregates: per-customer totals, committed stock, daily conversions and a sample of orders for
/// the support tickets.
final class OrderGenerator {
    private static final Logger LOG = LoggerFactory.getLogger(OrderGenerator.class);
    static final int DAYS = 180;
    static final OrderChannel[] CHANNELS = OrderChannel.values();
    /// How many of the newest orders over an hour old are kept in the warehouse's backlog.
    private static final int BACKLOG = 12;
    private static final String[] CARRIERS = {"DHL", "DPD", "UPS", "GLS", "HERMES"};
    private static final double[] HOURS = {0.3, 0.15, 0.08, 0.05, 0.05, 0.1, 0.3, 0.6, 0.8, 0.9, 1.0, 1.05, 1.2, 1.1,
            1.0, 1.0, 1.05, 1.15, 1.3, 1.6, 1.8, 1.7, 1.2, 0.7};

    /// A sample order for the support tickets.
    record OrderRef(String id, String number, int customer, long placedAt, long lastEventAt, OrderStatus status,
                    boolean returned, boolean refunded, String firstTitle, String firstSize) {
    }

    /// `unitCents`: the shelf price of the day (below list price in a [PriceHistory] markdown window).
    private record LineDraft(Sku sku, int quantity, long unitCents) {
    }

    private static final class Wave {
        String id;
        int warehouse;
        PickListStatus status;
        int target;
        long lastEventAt;
        long firstPaidAt = Long.MAX_VALUE;
        final List<String> orderIds = new ArrayList<>();
        final List<Object[]> lines = new ArrayList<>(); // orderId, OrderLine, Sku
    }

    private final SeedRun run;
    private final long nowSec;
    /// Only for the extra units of past markdowns ([PriceHistory]): the order stream's draws stay as they were.
    private final SplittableRandom markdownDraws = new SplittableRandom(11_000);
    final LocalDate firstDay;
    /// [day][channel] → orders placed
    final int[][] conversions = new int[DAYS + 1][CHANNELS.length];
    final List<OrderRef> ticketSample = new ArrayList<>();
    private final List<Wave> waves = new ArrayList<>();
    private final Wave[][] openWaves = new Wave[Vocab.WAREHOUSES][3];
    private int lineNo;
    private int paymentNo;
    private int refundNo;
    private int returnNo;
    private int reviewNo;
    private int pickListNo;

    OrderGenerator(SeedRun run) {
        this.run = run;
        this.nowSec = run.now.getEpochSecond();
        this.firstDay = LocalDate.ofInstant(run.now, FashionSeeder.ZONE).minusDays(DAYS - 1);
    }

    // ------------------------------------------------------------------ placement in time

    private long[] placements(SplittableRandom r, int n) {
        double[] dayWeights = new double[DAYS];
        long[] dayStart = new long[DAYS];
        for (int d = 0; d < DAYS; d++) {
            LocalDate date = firstDay.plusDays(d);
            dayStart[d] = date.atStartOfDay(FashionSeeder.ZONE).toEpochSecond();
            double growth = 1.0 + 0.4 * d / (DAYS - 1);
            double weekday = switch (date.getDayOfWeek()) {
                case SUNDAY -> 1.25;
                case MONDAY -> 1.15;
                case SATURDAY -> 0.9;
                case WEDNESDAY -> 0.9;
                default -> 0.95;
            };
            dayWeights[d] = growth * seasonal(date) * weekday;
        }
        long todayElapsed = nowSec - dayStart[DAYS - 1];
        dayWeights[DAYS - 1] *= Math.max(0.01, todayElapsed / 86_400.0);
        SeedModel.Weighted dayDraw = new SeedModel.Weighted(dayWeights);
        SeedModel.Weighted weekdayHours = new SeedModel.Weighted(HOURS);
        double[] eveningHeavy = HOURS.clone();
        for (int h = 19; h <= 22; h++) {
            eveningHeavy[h] *= 1.4;
        }
        SeedModel.Weighted sunMonHours = new SeedModel.Weighted(eveningHeavy);
        long[] placed = new long[n];
        for (int i = 0; i < n; i++) {
            int d = dayDraw.draw(r);
            DayOfWeek dow = firstDay.plusDays(d).getDayOfWeek();
            int hour = (dow == DayOfWeek.SUNDAY || dow == DayOfWeek.MONDAY ? sunMonHours : weekdayHours).draw(r);
            long t = dayStart[d] + hour * 3_600L + r.nextInt(3_600);
            if (t >= nowSec - 30) {
                t = dayStart[d] + r.nextLong(Math.max(1, nowSec - 30 - dayStart[d]));
            }
            placed[i] = t;
        }
        Arrays.sort(placed);
        return placed;
    }

    /// Seasonal demand: Black Friday/Cyber week, the run-up to Christmas, summer sale, a January lull.
    static double seasonal(LocalDate date) {
        int doy = date.getDayOfYear();
        double s = 1.0;
        s += 0.6 * Math.exp(-Math.pow((doy - 332) / 4.0, 2));
        if (doy >= 335 && doy <= 354) {
            s += 0.25;
        }
        if (doy >= 358 || doy <= 6) {
            s -= 0.25;
        }
        s += 0.15 * Math.exp(-Math.pow((doy - 190) / 10.0, 2));
        s += 0.1 * Math.sin(2 * Math.PI * (doy - 80) / 365.0);
        return s;
    }

    private static boolean storeOpen(long epochSecond) {
        var local = Instant.ofEpochSecond(epochSecond).atZone(FashionSeeder.ZONE);
        return local.getDayOfWeek() != DayOfWeek.SUNDAY && local.getHour() >= 10 && local.getHour() < 20;
    }

    // ------------------------------------------------------------------ the orders

    void generate() {
        SplittableRandom r = new SplittableRandom(3_000);
        int n = run.scale.orders();
        long[] placed = placements(r, n);
        int backlogFrom = backlogFrom(placed);
        List<Sku> sellable = new ArrayList<>();
        for (Sku k : run.skus) {
            if (k.product.status == ProductStatus.ACTIVE) {
                sellable.add(k);
            }
        }
        double[] skuWeights = new double[sellable.size()];
        for (int i = 0; i < skuWeights.length; i++) {
            Sku k = sellable.get(i);
            int sizeIndex = 0;
            for (int s = 0; s < k.product.skus.length; s++) {
                if (k.product.skus[s] == k) {
                    sizeIndex = s;
                }
            }
            int perColour = Vocab.sizes(k.product.leaf.dept().code(), k.product.leaf.type().code()).length;
            skuWeights[i] = k.product.popularity * Vocab.sizeWeight(sizeIndex % perColour, perColour);
        }
        SeedModel.Weighted skuDraw = new SeedModel.Weighted(skuWeights);
        double[] custWeights = new double[run.customers.size()];
        SplittableRandom cw = new SplittableRandom(3_100);
        for (int i = 0; i < custWeights.length; i++) {
            custWeights[i] = cw.nextDouble() < 0.3 ? 0.08 : Math.exp(cw.nextGaussian() * 0.9);
        }
        SeedModel.Weighted custDraw = new SeedModel.Weighted(custWeights);
        run.committed = new int[Vocab.WAREHOUSES][run.skus.size()];
        double ticketShare = Math.min(1.0, 3.0 * run.scale.tickets() / n);
        long t0 = System.nanoTime();
        try (SeedRows orders = run.rows("orders", "id", "number", "placed_at", "channel", "location_id", "status",
                "customer_id", "total_cents", "campaign_id", "updated_at", "version", "doc");
             SeedRows facts = run.rows("order_line_facts", "order_id", "line_id", "sale_date", "channel", "category_id",
                     "location_id", "sku", "product_id", "quantity", "gross_cents", "discount_cents", "returned_qty",
                     "refunded_cents", "cancelled");
             SeedRows redemptions = run.rows("code_redemptions", "code", "order_id", "customer_id", "at");
             SeedRows reviews = run.rows("reviews", "id", "customer_id", "product_id", "version", "doc")) {
            for (int i = 0; i < n; i++) {
                one(r, i + 1, placed[i], i >= backlogFrom ? i - backlogFrom : -1, sellable, skuDraw, custDraw, ticketShare, orders, facts,
                        redemptions, reviews);
                if ((i + 1) % 100_000 == 0) {
                    LOG.info("seed {}: {} of {} orders ({} ms)", run.scale, i + 1, n, (System.nanoTime() - t0) / 1_000_000);
                }
            }
        }
        run.counters.put(Sequence.ORDER.counter(), n + 1);
        run.counters.put(Sequence.ORDER_NUMBER.counter(), 1_000_000 + n + 1);
        run.counters.put(Sequence.ORDER_LINE.counter(), lineNo + 1);
        run.counters.put(Sequence.PAYMENT.counter(), paymentNo + 1);
        run.counters.put(Sequence.REFUND.counter(), refundNo + 1);
        run.counters.put(Sequence.RETURN.counter(), returnNo + 1);
        run.counters.put(Sequence.REVIEW.counter(), reviewNo + 1);
    }

    /// A line of `quantity` × `k` placed at `placedAt`: in a past markdown window of its style at the lower
    /// price, with the extra units the lower price sold (quantity × (unit ÷ list) ^ elasticity, rounded at random).
    private LineDraft draft(Sku k, int quantity, long placedAt) {
        int daysAgo = (int) (LocalDate.ofInstant(run.now, FashionSeeder.ZONE).toEpochDay()
                - LocalDate.ofInstant(java.time.Instant.ofEpochSecond(placedAt), FashionSeeder.ZONE).toEpochDay());
        double factor = PriceHistory.factor(k.product.index, daysAgo);
        if (factor >= 1.0) {
            return new LineDraft(k, quantity, k.priceCents);
        }
        long unit = PriceHistory.unitCents(k.priceCents, factor);
        double expected = quantity * Math.pow((double) unit / k.priceCents, PriceHistory.ELASTICITY);
        int q = (int) Math.floor(expected);
        if (markdownDraws.nextDouble() < expected - q) {
            q++;
        }
        return new LineDraft(k, Math.max(1, q), unit);
    }

    /// The index of the first of the newest [#BACKLOG] orders placed over an hour ago. They are web
    /// orders still in the warehouse, a few at each stage: the warehouse does not work at night, and
    /// with a small scale's few orders a day the statuses drawn by age alone left no paid order and no
    /// open pick list at some hours, so what a picker or a refund starts from depended on the clock.
    private int backlogFrom(long[] placed) {
        int seen = 0;
        for (int i = placed.length - 1; i >= 0; i--) {
            if (nowSec - placed[i] > 3_600 && ++seen == BACKLOG) {
                return i;
            }
        }
        return 0;
    }

    private void one(SplittableRandom r, int no, long placedAt, int backlog, List<Sku> sellable, SeedModel.Weighted skuDraw,
                     SeedModel.Weighted custDraw, double ticketShare, SeedRows orders, SeedRows facts,
                     SeedRows redemptions, SeedRows reviews) {
        String id = Sequence.ORDER.format(no);
        String number = Sequence.ORDER_NUMBER.format(1_000_000 + no);
        Cust c = run.customers.get(custDraw.draw(r));
        boolean open = storeOpen(placedAt) && backlog < 0;
        OrderChannel channel = CHANNELS[open ? SeedModel.pickWeighted(r, 0.42, 0.28, 0.1, 0.2)
                : SeedModel.pickWeighted(r, 0.5, 0.37, 0.13, 0)];
        boolean store = channel == OrderChannel.STORE;
        int location = store ? storeFor(r, c) : warehouseFor(r, c);
        String locationId = Vocab.PLACES.get(location).id();

        // lines
        int lineCount = 1 + SeedModel.pickWeighted(r, 55, 27, 12, 6);
        List<LineDraft> drafts = new ArrayList<>(lineCount);
        for (int l = 0; l < lineCount; l++) {
            Sku k = null;
            for (int attempt = 0; attempt < 8; attempt++) {
                Sku candidate = sellable.get(skuDraw.draw(r));
                boolean dup = false;
                for (LineDraft d : drafts) {
                    dup |= d.sku() == candidate;
                }
                if (dup || (store && !candidate.product.inStore[location - Vocab.WAREHOUSES])) {
                    continue;
                }
                k = candidate;
                break;
            }
            if (k != null) {
                drafts.add(draft(k, 1 + SeedModel.pickWeighted(r, 86, 11, 3), placedAt));
            }
        }
        if (drafts.isEmpty()) {
            drafts.add(draft(sellable.get(skuDraw.draw(r)), 1, placedAt));
        }
        int lines = drafts.size();
        long[] gross = new long[lines];
        long subtotal = 0;
        for (int l = 0; l < lines; l++) {
            gross[l] = drafts.get(l).unitCents() * drafts.get(l).quantity();
            subtotal += gross[l];
        }

        // promo code and attribution
        Promo promo = null;
        if (r.nextDouble() < 0.16) {
            promo = choosePromo(r, c, placedAt, drafts, subtotal);
        }
        long[] disc = new long[lines];
        boolean freeShipping = false;
        if (promo != null) {
            switch (promo.type) {
                case PERCENT -> {
                    for (int l = 0; l < lines; l++) {
                        if (promo.inScope(drafts.get(l).sku().product)) {
                            disc[l] = (gross[l] * promo.value + 50) / 100;
                        }
                    }
                }
                case FIXED_AMOUNT -> {
                    long eligible = 0;
                    int biggest = -1;
                    for (int l = 0; l < lines; l++) {
                        if (promo.inScope(drafts.get(l).sku().product)) {
                            eligible += gross[l];
                            if (biggest < 0 || gross[l] > gross[biggest]) {
                                biggest = l;
                            }
                        }
                    }
                    long amount = Math.min(promo.value, eligible);
                    long allocated = 0;
                    for (int l = 0; l < lines; l++) {
                        if (promo.inScope(drafts.get(l).sku().product)) {
                            disc[l] = amount * gross[l] / eligible;
                            allocated += disc[l];
                        }
                    }
                    disc[biggest] += amount - allocated;
                }
                case FREE_SHIPPING -> freeShipping = true;
            }
        }
        long discount = 0;
        for (long d : disc) {
            discount += d;
        }
        long shipping = store || freeShipping || subtotal - discount >= 5_000 ? 0 : 495;
        long total = subtotal - discount + shipping;
        long tax = (total * 19 + 59) / 119;
        SeedModel.Campaign campaign = promo != null ? promo.campaign : null;
        if (campaign == null && promo == null && r.nextDouble() < 0.05) {
            campaign = run.marketing.running(r, placedAt);
        }
        if (campaign != null) {
            campaign.attributedOrders++;
        }

        // lifecycle
        long age = nowSec - placedAt;
        boolean cancelled = !store && age > 3_600 && r.nextDouble() < 0.02 && backlog < 0;
        OrderStatus status;
        if (cancelled) {
            status = OrderStatus.CANCELLED;
        } else if (store) {
            status = OrderStatus.DELIVERED;
        } else if (age < 1_800) {
            status = OrderStatus.PLACED;
        } else if (age < 4 * 3_600) {
            status = r.nextDouble() < 0.85 ? OrderStatus.PAID : OrderStatus.PICKING;
        } else if (age < 24 * 3_600) {
            status = new OrderStatus[] {OrderStatus.PAID, OrderStatus.PICKING, OrderStatus.PACKED, OrderStatus.SHIPPED}[
                    SeedModel.pickWeighted(r, 40, 25, 20, 15)];
        } else if (age < 48 * 3_600) {
            status = new OrderStatus[] {OrderStatus.PAID, OrderStatus.PICKING, OrderStatus.PACKED, OrderStatus.SHIPPED}[
                    SeedModel.pickWeighted(r, 10, 10, 20, 60)];
        } else if (age < 4 * 86_400) {
            status = r.nextDouble() < 0.65 ? OrderStatus.SHIPPED : OrderStatus.DELIVERED;
        } else {
            status = OrderStatus.DELIVERED;
        }
        if (backlog >= 0 && age > 3_600) {
            // oldest first: some packed, some being picked, the rest paid and waiting
            status = backlog < 3 ? OrderStatus.PACKED : backlog < 6 ? OrderStatus.PICKING : OrderStatus.PAID;
        }
        // event times: paid, picking, picked, packed, shipped, delivered (or cancelled, refunded)
        long[] ev;
        if (store) {
            ev = new long[] {placedAt + 30, placedAt + 30, placedAt + 30, placedAt + 30, placedAt + 30, placedAt + 60};
        } else if (cancelled) {
            long paid = placedAt + 20 + r.nextInt(160);
            long cancel = paid + 300 + r.nextInt(6 * 3_600);
            ev = compress(placedAt, new long[] {paid, cancel, cancel + 30});
        } else {
            long paid = placedAt + 20 + r.nextInt(160);
            long picking = paid + 3_600 + r.nextInt(14 * 3_600);
            long picked = picking + 600 + r.nextInt(2_400);
            long packed = picked + 300 + r.nextInt(1_800);
            long shipped = packed + 3_600 + r.nextInt(5 * 3_600);
            long delivered = shipped + 86_400 + r.nextInt(2 * 86_400);
            long[] all = {paid, picking, picked, packed, shipped, delivered};
            int reached = switch (status) {
                case PLACED -> 0;
                case PAID -> 1;
                case PICKING -> 2;
                case PACKED -> 4;
                case SHIPPED -> 5;
                default -> 6;
            };
            long[] done = compress(placedAt, Arrays.copyOf(all, reached));
            ev = Arrays.copyOf(done, 6);
        }
        Payment.Method method = Payment.Method.values()[store ? SeedModel.pickWeighted(r, 85, 0, 0, 15)
                : SeedModel.pickWeighted(r, 35, 38, 22, 5)];
        String account = PaymentAccounts.masked(method, id, c.email);

        // lines as on the order (refund/return quantities filled below)
        String[] lineIds = new String[lines];
        int[] returnedQty = new int[lines];
        int[] refundedQty = new int[lines];
        long[] refundedCents = new long[lines];
        for (int l = 0; l < lines; l++) {
            lineIds[l] = Sequence.ORDER_LINE.format(++lineNo);
        }
        List<Payment> payments = new ArrayList<>();
        List<Refund> refunds = new ArrayList<>();
        List<OrderReturn> returns = new ArrayList<>();
        List<TimelineEvent> timeline = new ArrayList<>();
        String picker = location == 0 ? "walt.warehouse" : "system";
        timeline.add(new TimelineEvent(Instant.ofEpochSecond(placedAt), TimelineEvent.Type.PLACED, "system",
                "Placed via " + channel + (store ? " at " + locationId : "")));
        Shipment shipment = null;
        long refundedTotal = 0;
        FulfilmentStatus fulfilment = FulfilmentStatus.UNFULFILLED;
        long lastEvent = placedAt;
        if (status != OrderStatus.PLACED) {
            payments.add(new Payment(Sequence.PAYMENT.format(++paymentNo), Payment.Kind.CAPTURE, method, total,
                    Instant.ofEpochSecond(ev[0]), account));
            timeline.add(event(ev[0], TimelineEvent.Type.PAID, "system", "Captured " + euros(total) + " via " + method));
            lastEvent = ev[0];
        }
        if (cancelled) {
            List<RefundLine> rl = new ArrayList<>();
            for (int l = 0; l < lines; l++) {
                refundedQty[l] = drafts.get(l).quantity();
                refundedCents[l] = gross[l] - disc[l];
                rl.add(new RefundLine(lineIds[l], refundedQty[l], refundedCents[l]));
            }
            String reason = SeedModel.pick(r, new String[] {"Customer request", "Ordered by mistake", "Payment flagged as fraud", "Found it cheaper elsewhere"});
            timeline.add(event(ev[1], TimelineEvent.Type.CANCELLED, "sam.support", reason));
            refunds.add(new Refund(Sequence.REFUND.format(++refundNo), total, rl, shipping, "Order cancelled: " + reason,
                    "system", Instant.ofEpochSecond(ev[2])));
            payments.add(new Payment(Sequence.PAYMENT.format(++paymentNo), Payment.Kind.REFUND, method, total,
                    Instant.ofEpochSecond(ev[2]), account));
            timeline.add(event(ev[2], TimelineEvent.Type.REFUNDED, "system", "Refunded " + euros(total)));
            refundedTotal = total;
            lastEvent = ev[2];
        } else if (store) {
            fulfilment = FulfilmentStatus.DELIVERED;
            timeline.add(event(ev[5], TimelineEvent.Type.DELIVERED, "system", "Handed over at " + locationId));
            lastEvent = ev[5];
        } else {
            String[] steps = {null, "PICKING", "PICKED", "PACKED", "SHIPPED", "DELIVERED"};
            for (int s = 1; s < 6; s++) {
                if (ev[s] == 0) {
                    break;
                }
                TimelineEvent.Type type = TimelineEvent.Type.valueOf(steps[s]);
                String by = s <= 3 ? picker : "system";
                String detail = null;
                if (type == TimelineEvent.Type.SHIPPED) {
                    String carrier = CARRIERS[SeedModel.pickWeighted(r, 50, 20, 10, 10, 10)];
                    shipment = new Shipment(carrier, tracking(r, carrier), Instant.ofEpochSecond(ev[s]));
                    detail = carrier + " " + shipment.trackingNumber();
                }
                timeline.add(event(ev[s], type, by, detail));
                lastEvent = ev[s];
            }
            fulfilment = switch (status) {
                case PICKING -> FulfilmentStatus.PICKING;
                case PACKED -> FulfilmentStatus.PACKED;
                case SHIPPED -> FulfilmentStatus.SHIPPED;
                case DELIVERED -> FulfilmentStatus.DELIVERED;
                default -> FulfilmentStatus.UNFULFILLED;
            };
        }

        // returns
        long deliveredAt = status == OrderStatus.DELIVERED ? ev[5] : 0;
        boolean anyReceived = false;
        if (deliveredAt > 0 && r.nextDouble() < (store ? 0.1 : 0.4)) {
            long requested = store ? placedAt + 86_400 + r.nextLong(20L * 86_400)
                    : deliveredAt + 3_600 + r.nextLong(12L * 86_400);
            if (requested < nowSec - 3_600) {
                int[] rq = new int[lines];
                int units = 0;
                for (int l = 0; l < lines; l++) {
                    if (r.nextDouble() < 0.68) {
                        int q = drafts.get(l).quantity();
                        rq[l] = q == 1 ? 1 : 1 + r.nextInt(q);
                        units += rq[l];
                    }
                }
                if (units == 0) {
                    rq[0] = 1;
                }
                long received = store ? requested : requested + 2L * 86_400 + r.nextLong(4L * 86_400);
                long refundAt = received + (store ? 300 : 3_600 + r.nextLong(23L * 3_600));
                OrderReturn.Status rs = refundAt <= nowSec - 60 ? OrderReturn.Status.CLOSED
                        : received <= nowSec - 60 ? OrderReturn.Status.RECEIVED : OrderReturn.Status.REQUESTED;
                String rma = Sequence.RETURN.format(++returnNo);
                List<ReturnLine> rls = new ArrayList<>();
                List<RefundLine> refundLines = new ArrayList<>();
                long amount = 0;
                int returnedUnits = 0;
                for (int l = 0; l < lines; l++) {
                    if (rq[l] == 0) {
                        continue;
                    }
                    ReturnReason reason = ReturnReason.values()[SeedModel.pickWeighted(r, 25, 22, 6, 12, 25, 10)];
                    rls.add(new ReturnLine(lineIds[l], rq[l], reason, null));
                    returnedUnits += rq[l];
                    if (rs != OrderReturn.Status.REQUESTED) {
                        returnedQty[l] = rq[l];
                    }
                    if (rs == OrderReturn.Status.CLOSED) {
                        long lineTotal = gross[l] - disc[l];
                        long a = rq[l] == drafts.get(l).quantity() ? lineTotal : lineTotal * rq[l] / drafts.get(l).quantity();
                        refundedQty[l] = rq[l];
                        refundedCents[l] = a;
                        amount += a;
                        refundLines.add(new RefundLine(lineIds[l], rq[l], a));
                    }
                }
                returns.add(new OrderReturn(rma, rs, OrderReturn.Resolution.RESTOCK, locationId, rls, null, "system",
                        Instant.ofEpochSecond(requested)));
                timeline.add(event(requested, TimelineEvent.Type.RETURN_REQUESTED, "system", rma + ": " + returnedUnits + " item(s)"));
                lastEvent = requested;
                if (rs != OrderReturn.Status.REQUESTED) {
                    anyReceived = true;
                    timeline.add(event(received, TimelineEvent.Type.RETURN_RECEIVED, store ? "system" : picker,
                            rma + " restocked at " + locationId));
                    lastEvent = received;
                }
                if (rs == OrderReturn.Status.CLOSED) {
                    refunds.add(new Refund(Sequence.REFUND.format(++refundNo), amount, refundLines, 0, "Return " + rma,
                            "system", Instant.ofEpochSecond(refundAt)));
                    payments.add(new Payment(Sequence.PAYMENT.format(++paymentNo), Payment.Kind.REFUND, method, amount,
                            Instant.ofEpochSecond(refundAt), account));
                    timeline.add(event(refundAt, TimelineEvent.Type.REFUNDED, "system", "Refunded " + euros(amount)));
                    refundedTotal += amount;
                    lastEvent = refundAt;
                }
            }
        }
        int units = 0;
        int returnedUnits = 0;
        for (int l = 0; l < lines; l++) {
            units += drafts.get(l).quantity();
            returnedUnits += returnedQty[l];
        }
        if (anyReceived) {
            fulfilment = returnedUnits == units ? FulfilmentStatus.RETURNED : FulfilmentStatus.PARTIALLY_RETURNED;
        }
        PaymentStatus paymentStatus = status == OrderStatus.PLACED ? PaymentStatus.PENDING
                : refundedTotal == 0 ? PaymentStatus.PAID
                : refundedTotal >= total ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;

        List<OrderLine> orderLines = new ArrayList<>(lines);
        for (int l = 0; l < lines; l++) {
            Sku k = drafts.get(l).sku();
            orderLines.add(new OrderLine(lineIds[l], k.sku, k.product.id, k.product.title, k.size, k.colour,
                    drafts.get(l).quantity(), drafts.get(l).unitCents(), disc[l], gross[l] - disc[l], refundedQty[l], returnedQty[l]));
        }

        // pick-list waves for open warehouse orders
        String pickListId = null;
        boolean openStatus = status == OrderStatus.PLACED || status == OrderStatus.PAID
                || status == OrderStatus.PICKING || status == OrderStatus.PACKED;
        if (!store && (status == OrderStatus.PICKING || status == OrderStatus.PACKED
                || (status == OrderStatus.PAID && age > 3_600))) {
            Wave w = wave(r, location, status);
            w.orderIds.add(id);
            w.firstPaidAt = Math.min(w.firstPaidAt, ev[0]);
            w.lastEventAt = Math.max(w.lastEventAt, lastEvent);
            for (int l = 0; l < lines; l++) {
                w.lines.add(new Object[] {id, orderLines.get(l), drafts.get(l).sku(), ev});
            }
            pickListId = w.id;
        }
        if (openStatus && !store) {
            for (LineDraft d : drafts) {
                run.committed[location][d.sku().index] += d.quantity();
            }
        }

        Address shipTo = c.addresses.get(0);
        Address billTo = c.addresses.size() > 1 && r.nextDouble() < 0.2 ? c.addresses.get(1) : shipTo;
        boolean flagged = openStatus && total > 30_000 && r.nextDouble() < 0.3;
        Order doc = new Order(id, number, Instant.ofEpochSecond(placedAt), channel, locationId, status, paymentStatus,
                fulfilment, new OrderCustomer(c.id, c.name(), c.email, c.phone), shipTo, billTo, orderLines, subtotal,
                discount, shipping, tax, total, refundedTotal, Order.Currency.EUR,
                promo == null ? List.of() : List.of(promo.code), campaign == null ? null : campaign.id, payments, refunds,
                returns, timeline, shipment, pickListId, null, flagged, Instant.ofEpochSecond(lastEvent), 1);
        orders.add(id, number, Instant.ofEpochSecond(placedAt), channel.name(), locationId, status.name(), c.id, total,
                SeedRows.orNull(campaign == null ? null : campaign.id, SeedRows.NULL_VARCHAR),
                Instant.ofEpochSecond(lastEvent), 1L, run.json(doc));
        LocalDate saleDate = LocalDate.ofInstant(Instant.ofEpochSecond(placedAt), FashionSeeder.ZONE);
        for (int l = 0; l < lines; l++) {
            Sku k = drafts.get(l).sku();
            facts.add(id, lineIds[l], saleDate, channel.name(), k.product.leaf.id(), locationId, k.sku, k.product.id,
                    drafts.get(l).quantity(), gross[l], disc[l], returnedQty[l], refundedCents[l], cancelled);
        }
        if (promo != null) {
            promo.redemptions++;
            if (promo.perCustomer != null) {
                promo.perCustomer.merge(c.index, 1, Integer::sum);
            }
            redemptions.add(promo.code, id, c.id, Instant.ofEpochSecond(placedAt));
        }
        int day = (int) (saleDate.toEpochDay() - firstDay.toEpochDay());
        if (day >= 0 && day <= DAYS) {
            conversions[day][channel.ordinal()]++;
        }

        // customer aggregates
        c.firstOrderAt = Math.min(c.firstOrderAt, placedAt);
        c.lastOrderAt = Math.max(c.lastOrderAt, placedAt);
        if (!cancelled) {
            c.orders++;
            c.lifetimeValueCents += total - refundedTotal;
            c.units += units;
            c.returnedUnits += returnedUnits;
            c.app |= channel == OrderChannel.APP;
            c.store |= store;
        }

        // reviews of delivered lines
        if (deliveredAt > 0) {
            for (int l = 0; l < lines; l++) {
                if (r.nextDouble() >= 0.2) {
                    continue;
                }
                long at = deliveredAt + 2L * 86_400 + r.nextLong(23L * 86_400);
                if (at > nowSec - 60) {
                    continue;
                }
                boolean returnedLine = returnedQty[l] > 0;
                int rating = 1 + (returnedLine ? SeedModel.pickWeighted(r, 15, 20, 25, 25, 15)
                        : SeedModel.pickWeighted(r, 5, 6, 11, 28, 50));
                String[] bodies = rating >= 4 ? Vocab.POSITIVE_REVIEWS : rating == 3 ? Vocab.MIXED_REVIEWS : Vocab.NEGATIVE_REVIEWS;
                String title = SeedModel.pick(r, Vocab.REVIEW_TITLES[rating - 1]);
                Review.Status rs = r.nextDouble() < 0.02 ? Review.Status.REJECTED
                        : at > nowSec - 2L * 86_400 ? Review.Status.PENDING : Review.Status.PUBLISHED;
                String reviewId = Sequence.REVIEW.format(++reviewNo);
                Sku k = drafts.get(l).sku();
                Review review = new Review(reviewId, c.id, k.product.id, rating, title, SeedModel.pick(r, bodies), rs,
                        Instant.ofEpochSecond(at), 1);
                reviews.add(reviewId, c.id, k.product.id, 1L, run.json(review));
            }
        }

        if (r.nextDouble() < ticketShare) {
            Sku first = drafts.get(0).sku();
            ticketSample.add(new OrderRef(id, number, c.index, placedAt, lastEvent, status, !returns.isEmpty(),
                    refundedTotal > 0, first.product.title, first.size));
        }
    }

    /// Squeezes event times after {@code start} so the last one is at least a minute before now.
    private long[] compress(long start, long[] times) {
        if (times.length == 0 || times[times.length - 1] <= nowSec - 60) {
            return times;
        }
        double f = (double) (nowSec - 60 - start) / (times[times.length - 1] - start);
        long[] out = new long[times.length];
        long prev = start;
        for (int i = 0; i < times.length; i++) {
            out[i] = Math.max(prev, start + (long) ((times[i] - start) * f));
            prev = out[i];
        }
        return out;
    }

    private Promo choosePromo(SplittableRandom r, Cust c, long at, List<LineDraft> drafts, long subtotal) {
        List<Promo> candidates = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Promo p : run.marketing.codes) {
            if (!run.marketing.usable(p, at)) {
                continue;
            }
            if (p.minOrderCents != null && subtotal < p.minOrderCents) {
                continue;
            }
            if (p.perCustomer != null && p.perCustomer.getOrDefault(c.index, 0) >= p.usageLimitPerCustomer) {
                continue;
            }
            boolean any = false;
            for (LineDraft d : drafts) {
                any |= p.inScope(d.sku().product);
            }
            if (!any) {
                continue;
            }
            candidates.add(p);
            weights.add(p.campaign != null ? 4.0 : p.code.equals("WELCOME10") ? 1.5 : 0.6);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        double[] w = new double[weights.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.get(i);
        }
        return candidates.get(SeedModel.pickWeighted(r, w));
    }

    private static int warehouseFor(SplittableRandom r, Cust c) {
        Address a = c.addresses.get(0);
        return switch (a.countryCode()) {
            case "AT" -> r.nextDouble() < 0.85 ? 2 : 0;
            case "NL" -> 1;
            case "FR" -> r.nextBoolean() ? 0 : 1;
            default -> {
                char z = a.postalCode().charAt(0);
                if (z == '2' || z == '3' || z == '4') {
                    yield r.nextDouble() < 0.8 ? 1 : 0;
                }
                if (z == '8' || z == '9') {
                    yield r.nextDouble() < 0.4 ? 2 : 0;
                }
                yield 0;
            }
        };
    }

    private static int storeFor(SplittableRandom r, Cust c) {
        return switch (c.country) {
            case "NL" -> 7;
            case "AT" -> 4;
            default -> 3 + SeedModel.pickWeighted(r, 35, 25, 20, 20, c.country.equals("FR") ? 10 : 3);
        };
    }

    private static String tracking(SplittableRandom r, String carrier) {
        StringBuilder sb = new StringBuilder();
        switch (carrier) {
            case "DHL" -> sb.append("00340434");
            case "UPS" -> sb.append("1Z");
            case "HERMES" -> sb.append('H');
            default -> {
            }
        }
        int digits = switch (carrier) {
            case "DHL" -> 12;
            case "UPS" -> 16;
            case "DPD" -> 14;
            case "GLS" -> 11;
            default -> 19;
        };
        for (int i = 0; i < digits; i++) {
            sb.append((char) ('0' + r.nextInt(10)));
        }
        return sb.toString();
    }

    private static TimelineEvent event(long at, TimelineEvent.Type type, String by, String detail) {
        return new TimelineEvent(Instant.ofEpochSecond(at), type, by, detail);
    }

    static String euros(long cents) {
        return String.format(Locale.ROOT, "%d.%02d EUR", cents / 100, cents % 100);
    }

    // ------------------------------------------------------------------ pick lists

    private Wave wave(SplittableRandom r, int warehouse, OrderStatus status) {
        int slot = switch (status) {
            case PAID -> 0;
            case PICKING -> 1;
            default -> 2;
        };
        Wave w = openWaves[warehouse][slot];
        if (w == null || w.orderIds.size() >= w.target) {
            w = new Wave();
            w.id = Sequence.PICK_LIST.format(++pickListNo);
            w.warehouse = warehouse;
            w.status = slot == 0 ? PickListStatus.OPEN : slot == 1 ? PickListStatus.IN_PROGRESS : PickListStatus.PACKED;
            w.target = 5 + r.nextInt(11);
            openWaves[warehouse][slot] = w;
            waves.add(w);
        }
        return w;
    }

    void writePickLists() {
        SplittableRandom r = new SplittableRandom(3_500);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
        int[] wavePerDay = new int[Vocab.WAREHOUSES];
        try (SeedRows rows = run.rows("pick_lists", "id", "location_id", "status", "assignee_id", "created_at", "updated_at",
                "version", "doc")) {
            for (Wave w : waves) {
                String locationId = Vocab.PLACES.get(w.warehouse).id();
                long created = Math.min(nowSec - 120, w.firstPaidAt + 600);
                List<Object[]> sorted = new ArrayList<>(w.lines);
                sorted.sort(Comparator.comparing((Object[] o) -> run.bins[w.warehouse][((Sku) o[2]).product.index])
                        .thenComparing(o -> ((Sku) o[2]).sku));
                boolean walts = w.warehouse == 0;
                String assignee = switch (w.status) {
                    case OPEN -> walts && r.nextDouble() < 0.3 ? run.waltId : null;
                    default -> walts ? run.waltId : null;
                };
                String confirmer = walts ? "walt.warehouse" : "system";
                int pickedLines = w.status == PickListStatus.IN_PROGRESS ? (int) Math.round(sorted.size() * 0.4)
                        : w.status == PickListStatus.PACKED ? sorted.size() : 0;
                List<PickLine> lines = new ArrayList<>();
                long updated = created;
                long stepAt = created;
                long span = Math.max(60, nowSec - 60 - created);
                for (int i = 0; i < sorted.size(); i++) {
                    Object[] o = sorted.get(i);
                    OrderLine ol = (OrderLine) o[1];
                    Sku k = (Sku) o[2];
                    boolean picked = i < pickedLines;
                    Instant confirmedAt = null;
                    if (picked) {
                        stepAt = Math.min(nowSec - 60, stepAt + 1 + span / (sorted.size() + 2));
                        confirmedAt = Instant.ofEpochSecond(stepAt);
                        updated = Math.max(updated, stepAt);
                    }
                    lines.add(new PickLine(w.id + "-" + String.format("%02d", i + 1), (String) o[0], ol.id(), k.sku, k.ean,
                            k.product.title, k.size, k.colour, run.bins[w.warehouse][k.product.index], ol.quantity(),
                            picked ? ol.quantity() : 0, picked ? PickLine.Status.PICKED : PickLine.Status.OPEN,
                            picked ? confirmer : null, confirmedAt, null));
                }
                if (w.status == PickListStatus.PACKED) {
                    updated = Math.max(updated, Math.min(nowSec - 60, w.lastEventAt));
                }
                wavePerDay[w.warehouse]++;
                String waveLabel = locationId.substring(3) + "-" + day.format(Instant.ofEpochSecond(created).atZone(FashionSeeder.ZONE))
                        + "-" + String.format("%02d", wavePerDay[w.warehouse]);
                PickList doc = new PickList(w.id, locationId, waveLabel, w.status, assignee, List.copyOf(w.orderIds), lines,
                        w.status == PickListStatus.PACKED ? 1 + w.orderIds.size() / 3 : null, null, null,
                        Instant.ofEpochSecond(created), Instant.ofEpochSecond(updated), 1);
                rows.add(w.id, locationId, w.status.name(), SeedRows.orNull(assignee, SeedRows.NULL_VARCHAR),
                        Instant.ofEpochSecond(created), Instant.ofEpochSecond(updated), 1L, run.json(doc));
            }
        }
        run.counters.put(Sequence.PICK_LIST.counter(), pickListNo + 1);
    }
}
