package com.trendythreads.opsdesk.cache.crm;

import com.trendythreads.opsdesk.api.dto.crm.Consents;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyAdjustment;
import com.trendythreads.opsdesk.api.dto.crm.Review;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderReturn;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.api.dto.orders.ReturnLine;
import com.trendythreads.opsdesk.api.dto.orders.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/// A customer's story as one event list, newest first, from what this desk has cached: orders (placed,
/// shipped, cancelled, returned, refunded), tickets (opened, solved), reviews, loyalty adjustments and the
/// last consent change (the contract keeps only the consents' latest state and when it changed, not their
/// history). Orders older than the cache window are not in it.
public final class CustomerTimeline {

    /// Newest first; among events at the same instant the order of [CustomerEvent.Kind] backwards (a refund
    /// before the return it belongs to), then by record id.
    public static final Comparator<CustomerEvent> NEWEST_FIRST = Comparator.comparing(CustomerEvent::at)
            .thenComparing(CustomerEvent::kind)
            .thenComparing(e -> e.recordId() == null ? "" : e.recordId())
            .reversed();

    private CustomerTimeline() {
    }

    public static List<CustomerEvent> of(Customer customer, List<Order> orders, List<Ticket> tickets,
            List<Review> reviews) {
        List<CustomerEvent> out = new ArrayList<>();
        for (Order o : orders) {
            addOrder(out, o);
        }
        for (Ticket t : tickets) {
            if (t.createdAt() != null) {
                out.add(new CustomerEvent(t.createdAt(), CustomerEvent.Kind.TICKET_OPENED, t.id(), t.subject(), null,
                        0, t.channel() == null ? "" : t.channel().name()));
            }
            if (t.solvedAt() != null) {
                out.add(new CustomerEvent(t.solvedAt(), CustomerEvent.Kind.TICKET_SOLVED, t.id(), t.subject(), null,
                        0, ""));
            }
        }
        for (Review r : reviews) {
            if (r.createdAt() != null) {
                out.add(new CustomerEvent(r.createdAt(), CustomerEvent.Kind.REVIEW, r.id(), r.title(), null,
                        r.rating(), r.status() == null ? "" : r.status().name()));
            }
        }
        if (customer != null) {
            for (LoyaltyAdjustment a : customer.adjustments()) {
                if (a.at() != null) {
                    out.add(new CustomerEvent(a.at(), CustomerEvent.Kind.LOYALTY_ADJUSTED, null, a.by(), null,
                            a.points(), a.reason()));
                }
            }
            Consents c = customer.consents();
            if (c != null && c.updatedAt() != null) {
                out.add(new CustomerEvent(c.updatedAt(), CustomerEvent.Kind.CONSENTS_CHANGED, null, "", null, 0,
                        consentFlags(c)));
            }
        }
        out.sort(NEWEST_FIRST);
        return List.copyOf(out);
    }

    private static void addOrder(List<CustomerEvent> out, Order o) {
        if (o.placedAt() != null) {
            out.add(new CustomerEvent(o.placedAt(), CustomerEvent.Kind.ORDER_PLACED, o.id(), o.number(),
                    o.totalCents(), 0, ""));
        }
        Instant shipped = at(o, TimelineEvent.Type.SHIPPED);
        if (shipped == null && o.shipment() != null) {
            shipped = o.shipment().shippedAt();
        }
        if (shipped != null) {
            out.add(new CustomerEvent(shipped, CustomerEvent.Kind.ORDER_SHIPPED, o.id(), o.number(), null, 0,
                    o.shipment() == null ? "" : o.shipment().carrier()));
        }
        Instant cancelled = at(o, TimelineEvent.Type.CANCELLED);
        if (cancelled != null) {
            out.add(new CustomerEvent(cancelled, CustomerEvent.Kind.ORDER_CANCELLED, o.id(), o.number(), null, 0, ""));
        }
        if (o.returns() != null) {
            for (OrderReturn r : o.returns()) {
                if (r.createdAt() != null) {
                    int units = r.lines() == null ? 0 : r.lines().stream()
                            .mapToInt(l -> l.quantity() == null ? 0 : l.quantity()).sum();
                    String reasons = r.lines() == null ? "" : r.lines().stream().map(ReturnLine::reason)
                            .filter(x -> x != null).map(Enum::name).distinct().reduce((a, b) -> a + ", " + b)
                            .orElse("");
                    out.add(new CustomerEvent(r.createdAt(), CustomerEvent.Kind.ORDER_RETURNED, o.id(), o.number(),
                            null, units, reasons));
                }
            }
        }
        if (o.refunds() != null) {
            for (Refund r : o.refunds()) {
                if (r.at() != null) {
                    out.add(new CustomerEvent(r.at(), CustomerEvent.Kind.ORDER_REFUNDED, o.id(), o.number(),
                            r.amountCents(), 0, r.reason()));
                }
            }
        }
    }

    private static Instant at(Order o, TimelineEvent.Type type) {
        if (o.timeline() == null) {
            return null;
        }
        return o.timeline().stream().filter(e -> e.type() == type && e.at() != null).map(TimelineEvent::at)
                .findFirst().orElse(null);
    }

    /// `email sms profiling` as `+`/`-` flags, e.g. `email+ sms- profiling-` (the screen translates them).
    static String consentFlags(Consents c) {
        return "email" + (c.emailMarketing() ? "+" : "-") + " sms" + (c.smsMarketing() ? "+" : "-") + " profiling"
                + (c.profiling() ? "+" : "-");
    }
}
