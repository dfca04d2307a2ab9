package com.trendythreads.opsdesk.viewmodels.service.customers;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/// How the customer screens write money, dates and contact details for the user's language.
final class CustomerFormat {

    /// What the platform puts where a role may not see personal data (`j***@example.com`, `+49 *** ***12`).
    static final String MASK = "***";

    private final I18n i18n;
    private final Clock clock;

    CustomerFormat(I18n i18n, Clock clock) {
        this.i18n = i18n;
        this.clock = clock;
    }

    /// Whether the platform masked this value for the signed-in role: it is then shown as it came and never
    /// offered as a contact (no "copy", no "write an e-mail" on `j***@example.com`).
    static boolean masked(String value) {
        return value != null && value.contains(MASK);
    }

    /// Whether a contact value can be used: present and not masked.
    static boolean usable(String value) {
        return value != null && !value.isBlank() && !masked(value);
    }

    String money(long cents) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale());
        f.setCurrency(Currency.getInstance("EUR"));
        return f.format(cents / 100.0);
    }

    String dateTime(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(clock.getZone()).format(at);
    }

    String date(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())
                .withZone(clock.getZone()).format(at);
    }

    String points(int points) {
        return (points > 0 ? "+" : "") + NumberFormat.getIntegerInstance(locale()).format(points);
    }

    /// A contact value as shown: the value, or "—" when there is none.
    String contact(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private Locale locale() {
        return i18n.locale().getLanguage().equals("de") ? Locale.GERMANY : Locale.UK;
    }
}
