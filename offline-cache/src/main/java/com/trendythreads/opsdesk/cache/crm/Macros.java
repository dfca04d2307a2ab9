package com.trendythreads.opsdesk.cache.crm;

import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Fills a reply macro's `{{placeholders}}` from what the desk knows about the ticket. A placeholder it does
/// not know, or one with no value for this ticket (no order, not shipped, nothing refunded), is left in the
/// text exactly as written and named in [Rendering#issues()]: an agent must see it before sending, never a
/// silent blank ("your order  is on its way").
public final class Macros {

    /// The placeholders the desk fills.
    public static final List<String> KNOWN = List.of("customer.firstName", "customer.lastName", "customer.name",
            "order.number", "order.trackingUrl", "refund.amount", "agent.name");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    /// Public tracking pages of the carriers the contract ships with (`ShipCreate.Carrier`); the contract
    /// carries only carrier and tracking number.
    private static final Map<String, String> TRACKING = Map.of(
            "DHL", "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=%s",
            "DPD", "https://tracking.dpd.de/status/de_DE/parcel/%s",
            "UPS", "https://www.ups.com/track?tracknum=%s",
            "GLS", "https://gls-group.com/DE/de/paketverfolgung?match=%s",
            "HERMES", "https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#%s");

    /// What a macro is filled from; `customer` and `order` may be null (not cached, or the ticket has none).
    public record Context(Customer customer, Order order, String agentName, Locale locale) {
    }

    /// Why a placeholder stayed as written.
    public enum Reason { UNKNOWN, UNAVAILABLE }

    public record Issue(String placeholder, Reason reason) {
    }

    /// The filled text and the placeholders left in it.
    public record Rendering(String text, List<Issue> issues) {

        public boolean complete() {
            return issues.isEmpty();
        }
    }

    private Macros() {
    }

    public static Rendering render(String body, Context ctx) {
        if (body == null) {
            return new Rendering("", List.of());
        }
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        List<Issue> issues = new ArrayList<>();
        while (m.find()) {
            String name = m.group(1);
            Optional<String> value;
            if (!KNOWN.contains(name)) {
                value = Optional.empty();
                addOnce(issues, new Issue(name, Reason.UNKNOWN));
            } else {
                value = value(name, ctx).filter(v -> !v.isBlank());
                if (value.isEmpty()) {
                    addOnce(issues, new Issue(name, Reason.UNAVAILABLE));
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value.orElse(m.group())));
        }
        m.appendTail(out);
        return new Rendering(out.toString(), List.copyOf(issues));
    }

    private static void addOnce(List<Issue> issues, Issue issue) {
        if (!issues.contains(issue)) {
            issues.add(issue);
        }
    }

    private static Optional<String> value(String name, Context ctx) {
        Customer c = ctx.customer();
        Order o = ctx.order();
        return switch (name) {
            case "customer.firstName" -> Optional.ofNullable(c).map(Customer::firstName);
            case "customer.lastName" -> Optional.ofNullable(c).map(Customer::lastName);
            case "customer.name" -> Optional.ofNullable(c).map(x -> (nz(x.firstName()) + " " + nz(x.lastName())).trim());
            case "order.number" -> Optional.ofNullable(o).map(Order::number);
            case "order.trackingUrl" -> Optional.ofNullable(o).map(Order::shipment)
                    .filter(s -> s.trackingNumber() != null && s.carrier() != null)
                    .flatMap(s -> Optional.ofNullable(TRACKING.get(s.carrier().toUpperCase(Locale.ROOT)))
                            .map(p -> p.formatted(s.trackingNumber())));
            case "refund.amount" -> Optional.ofNullable(o).map(Order::refunds).flatMap(rs -> rs.stream()
                    .max(Comparator.comparing(Refund::at, Comparator.nullsFirst(Comparator.naturalOrder()))))
                    .map(r -> money(r.amountCents(), ctx.locale()));
            case "agent.name" -> Optional.ofNullable(ctx.agentName());
            default -> Optional.empty();
        };
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /// Euro cents as the locale writes them (€ 36.67 / 36,67 €).
    public static String money(long cents, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale == null ? Locale.GERMANY : locale);
        f.setCurrency(Currency.getInstance("EUR"));
        return f.format(cents / 100.0);
    }
}
