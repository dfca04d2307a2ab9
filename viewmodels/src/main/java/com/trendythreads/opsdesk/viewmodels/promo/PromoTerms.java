package com.trendythreads.opsdesk.viewmodels.promo;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.Money;
import com.trendythreads.opsdesk.viewmodels.common.FieldMessage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The terms a single code and a batch share, as typed: type, value (a percentage, an amount in euros,
/// nothing for free shipping), first and last day, usage limits and minimum order. Text that is not a
/// number is reported on its field; the rest is left to [com.trendythreads.opsdesk.cache.promo.PromoRules].
public final class PromoTerms {

    final ObjectProperty<PromoType> type = new SimpleObjectProperty<>(PromoType.PERCENT);
    final StringProperty value = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>();
    final StringProperty usageLimitTotal = new SimpleStringProperty("");
    final StringProperty usageLimitPerCustomer = new SimpleStringProperty("");
    final StringProperty minOrder = new SimpleStringProperty("");

    /// Unreadable text by field, filled by the parse methods.
    final Map<String, FieldMessage> unreadable = new LinkedHashMap<>();

    Observable[] observables() {
        return new Observable[] {type, value, validFrom, validUntil, usageLimitTotal, usageLimitPerCustomer, minOrder};
    }

    void clear(LocalDate today) {
        type.set(PromoType.PERCENT);
        value.set("");
        validFrom.set(today);
        validUntil.set(null);
        usageLimitTotal.set("");
        usageLimitPerCustomer.set("");
        minOrder.set("");
    }

    Long value(Locale locale, PromoFormat f) {
        String s = value.get() == null ? "" : value.get().strip().replace("%", "").strip();
        if (type.get() == PromoType.FREE_SHIPPING) {
            return 0L;
        }
        if (s.isEmpty()) {
            return null;
        }
        if (type.get() == PromoType.FIXED_AMOUNT) {
            return Money.parseCents(s, locale).orElseGet(() -> {
                unreadable.put("value", FieldMessage.error(f.i18n().get("promo.field.value") + ": "
                        + f.i18n().get("promo.invalid.money")));
                return null;
            });
        }
        Integer w = whole("value", s, f);
        return w == null ? null : w.longValue();
    }

    Integer whole(String field, String text, PromoFormat f) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            unreadable.put(field, FieldMessage.error(f.i18n().get("promo.field." + field) + ": "
                    + f.i18n().get("promo.invalid.whole")));
            return null;
        }
    }

    Long minOrderCents(Locale locale, PromoFormat f) {
        String s = minOrder.get() == null ? "" : minOrder.get().strip();
        if (s.isEmpty()) {
            return null;
        }
        return Money.parseCents(s, locale).orElseGet(() -> {
            unreadable.put("minOrderCents", FieldMessage.error(f.i18n().get("promo.field.minOrderCents") + ": "
                    + f.i18n().get("promo.invalid.money")));
            return null;
        });
    }

    /// The messages to show: unreadable text first (a rule about the same field would only repeat it).
    static Map<String, FieldMessage> messages(Map<String, FieldMessage> unreadable, List<Violation> violations,
            PromoFormat f) {
        Map<String, FieldMessage> out = new LinkedHashMap<>(unreadable);
        for (Violation v : violations) {
            String text = f.violation(v);
            out.putIfAbsent(v.field(), v.isError() ? FieldMessage.error(text) : FieldMessage.warning(text));
        }
        return out;
    }

    public ObjectProperty<PromoType> typeProperty() {
        return type;
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ObjectProperty<LocalDate> validUntilProperty() {
        return validUntil;
    }

    public StringProperty usageLimitTotalProperty() {
        return usageLimitTotal;
    }

    public StringProperty usageLimitPerCustomerProperty() {
        return usageLimitPerCustomer;
    }

    public StringProperty minOrderProperty() {
        return minOrder;
    }
}
