package com.trendythreads.opsdesk.viewmodels.promo;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoScope;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.Money;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/// How promo codes read on screen, in the user's language: "10 %", "5,00 €", "Free shipping", dates of the
/// shop's zone (Europe/Berlin), a rule broken as "Field: sentence".
public record PromoFormat(I18n i18n, ZoneId zone) {

    public String type(PromoType t) {
        return i18n.get("promo.type." + t.name());
    }

    public String value(PromoType t, long value) {
        return switch (t) {
            case PERCENT -> value + " %";
            case FIXED_AMOUNT -> Money.format(value, i18n.locale());
            case FREE_SHIPPING -> "\u2014";
        };
    }

    public String date(Instant i) {
        return i == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale())
                .format(i.atZone(zone));
    }

    public String validity(PromoCode c) {
        return c.validUntil() == null ? i18n.get("promo.validity.open", date(c.validFrom()))
                : date(c.validFrom()) + " – " + date(c.validUntil());
    }

    public String limits(PromoCode c) {
        Object total = c.usageLimitTotal() == null ? i18n.get("promo.limit.none") : c.usageLimitTotal();
        Object per = c.usageLimitPerCustomer() == null ? i18n.get("promo.limit.none") : c.usageLimitPerCustomer();
        return i18n.get("promo.limits", total, per);
    }

    public String minOrder(Long cents) {
        return cents == null || cents == 0 ? "" : Money.format(cents, i18n.locale());
    }

    public String scope(PromoScope s) {
        int cats = s == null || s.categoryIds() == null ? 0 : s.categoryIds().size();
        int products = s == null || s.productIds() == null ? 0 : s.productIds().size();
        if (cats == 0 && products == 0) {
            return i18n.get("promo.scope.all");
        }
        String c = cats == 0 ? "" : i18n.get("promo.scope.categories", cats);
        String p = products == 0 ? "" : i18n.get("promo.scope.products", products);
        return c.isEmpty() ? p : p.isEmpty() ? c : c + ", " + p;
    }

    /// "Value: A percentage between 0 and 100."
    public String violation(Violation v) {
        return i18n.get("promo.field." + v.field()) + ": " + i18n.get(v.code(), v.args().toArray());
    }

    public Instant startOf(LocalDate d) {
        return d == null ? null : d.atStartOfDay(zone).toInstant();
    }

    /// The last second of the day `d` in the shop's zone: "valid until 31 Dec" includes that day.
    public Instant endOf(LocalDate d) {
        return d == null ? null : d.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    }

    public LocalDate day(Instant i) {
        return i == null ? null : i.atZone(zone).toLocalDate();
    }
}
