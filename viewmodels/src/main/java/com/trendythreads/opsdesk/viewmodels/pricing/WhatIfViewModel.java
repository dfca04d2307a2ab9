package com.trendythreads.opsdesk.viewmodels.pricing;

import com.trendythreads.opsdesk.cache.pricing.StyleFacts;
import com.trendythreads.opsdesk.cache.pricing.Suggestion;
import com.trendythreads.opsdesk.cache.pricing.WhatIf;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.Rounding;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.Money;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// What-if for one style: units, revenue and margin to its season's end at the current and at the suggested
/// price, each with its band ([WhatIf]).
public final class WhatIfViewModel {

    /// A figure at the current and at the suggested price: "120 (95–150)".
    public record Row(String label, String current, String suggested) {
    }

    private final I18n i18n;
    private final ReasonText text;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();

    WhatIfViewModel(I18n i18n) {
        this.i18n = i18n;
        this.text = new ReasonText(i18n);
        title.set(i18n.get("pricing.whatIf.none"));
    }

    /// Shows `s` (null: nothing chosen) at the price accepting it would set: the style's mean price changed by
    /// the percent, rounded, and held at the floor of its mean cost + `minMarginPercent`.
    public void show(Suggestion s, Rounding rounding, int minMarginPercent) {
        if (s == null) {
            title.set(i18n.get("pricing.whatIf.none"));
            note.set("");
            reason.set("");
            rows.clear();
            return;
        }
        StyleFacts f = s.facts();
        double factor = f.priceCents() <= 0 ? 1.0
                : (double) SuggestedPrices.price(f.priceCents(), f.costCents(), s.percent(), rounding, minMarginPercent)
                        / f.priceCents();
        reason.set(text.of(s.reasons()));
        WhatIf.Projection now = WhatIf.project(f, s.elasticity(), 1.0);
        WhatIf.Projection then = WhatIf.project(f, s.elasticity(), factor);
        title.set(i18n.get("pricing.whatIf.title", f.title(), now.horizonDays()));
        note.set(i18n.get("pricing.whatIf.note", text.decimal(s.elasticity().value()),
                text.decimal(s.elasticity().low()), text.decimal(s.elasticity().high()), f.onHand()));
        rows.setAll(List.of(
                new Row(i18n.get("pricing.whatIf.price"), money(now.priceCents()), money(then.priceCents())),
                new Row(i18n.get("pricing.whatIf.units"), units(now), units(then)),
                new Row(i18n.get("pricing.whatIf.revenue"), band(now.revenueCents(), now.revenueLowCents(), now.revenueHighCents()),
                        band(then.revenueCents(), then.revenueLowCents(), then.revenueHighCents())),
                new Row(i18n.get("pricing.whatIf.margin"), band(now.marginCents(), now.marginLowCents(), now.marginHighCents()),
                        band(then.marginCents(), then.marginLowCents(), then.marginHighCents()))));
    }

    private String units(WhatIf.Projection p) {
        return i18n.get("pricing.whatIf.band", Math.round(p.units()), Math.round(p.unitsLow()), Math.round(p.unitsHigh()));
    }

    private String band(long mid, long low, long high) {
        return i18n.get("pricing.whatIf.band", money(mid), money(low), money(high));
    }

    private String money(long cents) {
        return Money.format(cents, i18n.locale());
    }

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    /// The suggestion's reasons in full.
    public ReadOnlyStringProperty reasonProperty() { return reason.getReadOnlyProperty(); }
    /// The elasticity and its interval the band comes from.
    public ReadOnlyStringProperty noteProperty() { return note.getReadOnlyProperty(); }
    public ObservableList<Row> rows() { return rows; }
}
