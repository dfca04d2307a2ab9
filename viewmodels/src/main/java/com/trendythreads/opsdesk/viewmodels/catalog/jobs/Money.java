package com.trendythreads.opsdesk.viewmodels.catalog.jobs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/// Money as the user reads and types it: cents (`long`, as in the DTOs) shown in EUR for the locale,
/// and amounts typed either way ("49,99" and "49.99" are both 49.99 €; "1.234,56" and "1,234.56" too).
public final class Money {

    private Money() {
    }

    public static String format(long cents, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale.getCountry().isEmpty() && "de".equals(locale.getLanguage())
                ? Locale.GERMANY : locale);
        f.setCurrency(Currency.getInstance("EUR"));
        return f.format(BigDecimal.valueOf(cents, 2));
    }

    /// A plain decimal (sign allowed, currency signs and spaces ignored), or empty when it is not one.
    ///
    /// One separator followed by exactly three digits is the locale's thousands separator when it is
    /// that locale's grouping sign ("1.234" in German is 1234); otherwise the last `,` or `.` is the
    /// decimal point.
    public static Optional<BigDecimal> parseDecimal(String text, Locale locale) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().replace('\u2212', '-').replace("€", "").replace("EUR", "").replace("eur", "")
                .replace("\u00a0", "").replace(" ", "").replace("'", "");
        boolean negative = s.startsWith("-");
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        if (!s.matches("[0-9.,]*[0-9][0-9.,]*")) {
            return Optional.empty();
        }
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        int decimal = Math.max(lastComma, lastDot);
        if (lastComma >= 0 && lastDot < 0 || lastDot >= 0 && lastComma < 0) {
            char sep = s.charAt(decimal);
            boolean single = s.indexOf(sep) == decimal;
            char grouping = DecimalFormatSymbols.getInstance(locale.getCountry().isEmpty()
                    && "de".equals(locale.getLanguage()) ? Locale.GERMANY : locale).getGroupingSeparator();
            if (!single || s.length() - decimal - 1 == 3 && sep == grouping) {
                decimal = -1; // only thousands separators
            }
        }
        String digits;
        if (decimal < 0) {
            digits = s.replace(",", "").replace(".", "");
        } else {
            String whole = s.substring(0, decimal).replace(",", "").replace(".", "");
            String fraction = s.substring(decimal + 1);
            if (fraction.contains(",") || fraction.contains(".")) {
                return Optional.empty();
            }
            digits = (whole.isEmpty() ? "0" : whole) + "." + fraction;
        }
        if (digits.isEmpty() || digits.equals(".")) {
            return Optional.empty();
        }
        try {
            BigDecimal v = new BigDecimal(digits);
            return Optional.of(negative ? v.negate() : v);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /// Cents of an amount in euros; empty when it is not a number or has more than two decimals.
    public static Optional<Long> parseCents(String text, Locale locale) {
        return parseDecimal(text, locale).flatMap(v -> {
            try {
                return Optional.of(v.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
            } catch (ArithmeticException e) {
                return Optional.empty();
            }
        });
    }
}
