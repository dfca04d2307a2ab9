package com.trendythreads.opsdesk.viewmodels.catalog;

import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.cache.catalog.ProductSummary;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/// How the catalog shows figures: money in EUR for the user's language, statuses in words.
public final class CatalogFormat {

    private final I18n i18n;
    private final NumberFormat money;
    private final NumberFormat integer;

    public CatalogFormat(I18n i18n) {
        this.i18n = i18n;
        Locale locale = i18n.locale().getLanguage().equals("de") ? Locale.GERMANY : Locale.forLanguageTag("en-IE");
        this.money = NumberFormat.getCurrencyInstance(locale);
        money.setCurrency(Currency.getInstance("EUR"));
        this.integer = NumberFormat.getIntegerInstance(locale);
    }

    public String money(long cents) {
        return money.format(BigDecimal.valueOf(cents, 2));
    }

    /// "€12.99", "€12.99 – €24.99", or "—" without any priced variant.
    public String priceRange(ProductSummary s) {
        if (s.minPriceCents() == null) {
            return "—";
        }
        return s.minPriceCents().equals(s.maxPriceCents()) ? money(s.minPriceCents())
                : money(s.minPriceCents()) + " – " + money(s.maxPriceCents());
    }

    public String status(ProductStatus status) {
        return status == null ? "—" : i18n.get("catalog.status." + status.name().toLowerCase(Locale.ROOT));
    }

    public String number(long n) {
        return integer.format(n);
    }

    public String percent(int p) {
        return p + " %";
    }

    /// Euros as a number for spreadsheets (two decimals), `null` when there is no price.
    public static BigDecimal euros(Long cents) {
        return cents == null ? null : BigDecimal.valueOf(cents, 2);
    }
}
