package com.trendythreads.opsdesk.viewmodels.dashboard;

import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/// How the dashboard writes its figures in the user's language: money in EUR (whole euros from 10,000 up,
/// so big figures stay readable), counts with grouping, percentages with one decimal, changes of a
/// percentage in points (a return rate going from 10 % to 12 % is "+2.0 pp", not "+20 %"), weeks of cover
/// from 100 on as "99+".
public final class KpiFormat {

    /// What stands where there is no figure.
    public static final String NONE = "—";

    private final I18n i18n;
    private final Locale locale;

    public KpiFormat(I18n i18n) {
        this.i18n = i18n;
        this.locale = i18n.locale();
    }

    public String value(Kpi kpi, Double v) {
        if (v == null || v.isNaN()) {
            return NONE;
        }
        return switch (kpi.unit()) {
            case MONEY -> money(v.longValue());
            case COUNT -> NumberFormat.getIntegerInstance(locale).format(Math.round(v));
            case PERCENT -> percent(v);
            // Beyond two years of cover the exact figure says nothing more (the stock dashboard's "99+" too).
            case WEEKS -> i18n.get("dashboard.unit.weeks", v >= 100 ? "99+" : decimal(v, 1));
            case PER_HOUR -> i18n.get("dashboard.unit.perHour", decimal(v, 1));
        };
    }

    /// The change against the comparison period: relative for amounts, in points for percentages.
    public String change(Kpi kpi, Double value, Double previous) {
        if (value == null || previous == null) {
            return "";
        }
        KpiTileViewModel.Trend t = KpiTileViewModel.trend(kpi, value, previous);
        double sign = t == KpiTileViewModel.Trend.UP ? 1 : t == KpiTileViewModel.Trend.DOWN ? -1 : 0;
        if (kpi.unit() == Kpi.Unit.PERCENT) {
            double points = (value - previous) * 100;
            return i18n.get("dashboard.delta.points", signed(decimal(sign == 0 ? 0 : Math.abs(points), 1), sign));
        }
        if (previous == 0) {
            // From nothing no percentage is meaningful: the difference itself ("+1" SLA breach).
            double diff = Math.abs(value - previous);
            return switch (kpi.unit()) {
                case COUNT -> signed(integer(Math.round(diff)), sign);
                case MONEY -> signed(money(Math.round(diff)), sign);
                default -> sign == 0 ? signed(percent(0), 0) : "";
            };
        }
        double rel = (value - previous) / Math.abs(previous);
        return signed(percent(sign == 0 ? 0 : Math.abs(rel)), sign);
    }

    /// `cents` as EUR.
    public String money(long cents) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(Currency.getInstance("EUR"));
        int digits = Math.abs(cents) >= 1_000_000 ? 0 : 2;
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(cents / 100.0);
    }

    public String percent(double fraction) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(fraction);
    }

    public String decimal(double v, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(v);
    }

    public String integer(long v) {
        return NumberFormat.getIntegerInstance(locale).format(v);
    }

    public String date(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
    }

    public String dateTime(Instant t, ZoneId zone) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(t.atZone(zone));
    }

    private static String signed(String magnitude, double sign) {
        return (sign > 0 ? "+" : sign < 0 ? "−" : "±") + magnitude;
    }
}
