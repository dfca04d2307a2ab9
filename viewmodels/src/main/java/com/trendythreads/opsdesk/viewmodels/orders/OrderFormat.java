package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;

/// Money, times and refusals as the order screens show them, in the user's language.
public final class OrderFormat {

    private final I18n i18n;

    public OrderFormat(I18n i18n) {
        this.i18n = i18n;
    }

    /// Cents as euros in the user's locale ("€36.67", "36,67 €").
    public String money(long cents) {
        NumberFormat f = NumberFormat.getCurrencyInstance(i18n.locale());
        f.setCurrency(Currency.getInstance("EUR"));
        return f.format(cents / 100.0);
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(ZoneId.systemDefault()).format(at);
    }

    /// The day only ("11/26/26"), for list rows.
    public String date(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(ZoneId.systemDefault()).format(at);
    }

    /// Compact ("11/26/26, 9:26 AM").
    public String shortDateTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(ZoneId.systemDefault()).format(at);
    }

    /// A refusal of [com.trendythreads.opsdesk.cache.orders.OrderRules] in words; money arguments (Long) as euros.
    public String violation(Violation v) {
        Object[] args = v.args().stream().map(a -> a instanceof Long l ? money(l) : a).toArray();
        return i18n.get(v.code(), args);
    }

    /// Whether the platform masked this value for the user's role (`j***@example.com`, `+49 *** ***12`):
    /// shown as it is, never offered as a contact.
    public static boolean masked(String value) {
        return value != null && value.contains("***");
    }
}
