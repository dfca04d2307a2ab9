package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.Optional;

/// Amounts as the user types them in their locale ("49,99" in German, "49.99" in English), held as
/// cents. Blank is "no amount"; anything that is not a whole amount with at most two decimals is refused.
public final class Money {

    private Money() {
    }

    /// The result of reading a typed amount.
    public sealed interface Parsed {
        record Blank() implements Parsed {
        }

        record Cents(long value) implements Parsed {
        }

        record Invalid() implements Parsed {
        }
    }

    public static Parsed parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return new Parsed.Blank();
        }
        String t = text.strip();
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setParseBigDecimal(true);
        ParsePosition pos = new ParsePosition(0);
        Object n = f.parse(t, pos);
        if (n == null || pos.getIndex() != t.length()) {
            return new Parsed.Invalid();
        }
        BigDecimal amount = (BigDecimal) n;
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            return new Parsed.Invalid();
        }
        try {
            return new Parsed.Cents(amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            return new Parsed.Invalid();
        }
    }

    /// Cents when `text` is a valid amount; empty when blank or invalid.
    public static Optional<Long> cents(String text, Locale locale) {
        return parse(text, locale) instanceof Parsed.Cents c ? Optional.of(c.value()) : Optional.empty();
    }

    /// For editing: two decimals in the locale's notation, no grouping ("1234,50"); blank for null.
    public static String format(Long cents, Locale locale) {
        if (cents == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(locale));
        return f.format(BigDecimal.valueOf(cents, 2));
    }
}
