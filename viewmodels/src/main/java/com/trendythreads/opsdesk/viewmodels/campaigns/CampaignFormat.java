package com.trendythreads.opsdesk.viewmodels.campaigns;

import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.OptionalLong;

/// Money, dates, rates and broken rules as the campaign screens show them, in the user's language.
public final class CampaignFormat {

    /// Campaign dates are shop days.
    public static final ZoneId SHOP_ZONE = com.trendythreads.opsdesk.api.rules.SalesCalendar.ZONE;

    private final I18n i18n;

    public CampaignFormat(I18n i18n) {
        this.i18n = i18n;
    }

    public String money(long cents) {
        NumberFormat f = NumberFormat.getCurrencyInstance(i18n.locale());
        f.setCurrency(java.util.Currency.getInstance("EUR"));
        return f.format(BigDecimal.valueOf(cents, 2));
    }

    /// Euros typed by the user ("1.234,50" in German, "1,234.50" in English, or plain "12.5") as cents;
    /// empty when it is no number.
    public OptionalLong parseMoney(String text) {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        String t = text.trim().replace("€", "").replace("EUR", "").trim();
        try {
            Number n = NumberFormat.getNumberInstance(i18n.locale()).parse(t);
            java.text.ParsePosition p = new java.text.ParsePosition(0);
            NumberFormat.getNumberInstance(i18n.locale()).parse(t, p);
            if (p.getIndex() != t.length()) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(BigDecimal.valueOf(n.doubleValue()).movePointRight(2)
                    .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
        } catch (ParseException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    public String date(Instant t) {
        return t == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale())
                .format(t.atZone(SHOP_ZONE));
    }

    public static LocalDate day(Instant t) {
        return t == null ? null : t.atZone(SHOP_ZONE).toLocalDate();
    }

    public String percent(Double fraction) {
        if (fraction == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getPercentInstance(i18n.locale());
        f.setMaximumFractionDigits(1);
        return f.format(fraction);
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(i18n.locale()).format(n);
    }

    /// "Budget: must not be negative" — the field's label, then the rule.
    public String violation(Violation v) {
        return i18n.get("campaign.field." + v.field()) + ": " + i18n.get(v.code(), v.args().toArray());
    }

    public String channel(Enum<?> channel) {
        return channel == null ? "" : i18n.get("campaign.channel." + channel.name());
    }

    public String status(Enum<?> status) {
        return status == null ? "" : i18n.get("campaign.status." + status.name());
    }

    public Locale locale() {
        return i18n.locale();
    }
}
