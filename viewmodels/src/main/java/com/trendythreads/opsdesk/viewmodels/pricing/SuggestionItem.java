package com.trendythreads.opsdesk.viewmodels.pricing;

import com.trendythreads.opsdesk.cache.pricing.Elasticity;
import com.trendythreads.opsdesk.cache.pricing.StyleFacts;
import com.trendythreads.opsdesk.cache.pricing.Suggestion;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.Money;
import com.trendythreads.opsdesk.viewmodels.common.I18n;

/// One row of the suggestions table: a style's facts, its elasticity and the suggestion with its reasons,
/// all as the user reads them.
public final class SuggestionItem {

    private final Suggestion suggestion;
    private final String season;
    private final String daysLeft;
    private final String sellThrough;
    private final String trend;
    private final String cover;
    private final String fullPrice;
    private final String price;
    private final String margin;
    private final String market;
    private final String elasticity;
    private final String action;
    private final String reason;

    SuggestionItem(Suggestion s, I18n i18n, ReasonText text) {
        this.suggestion = s;
        StyleFacts f = s.facts();
        season = f.season() == null ? "" : f.season();
        daysLeft = f.daysLeft() < 0 ? "–" : String.valueOf(f.daysLeft());
        sellThrough = i18n.get("pricing.sellThrough", text.percent(f.sellThrough()), text.percent(f.plannedSellThrough()));
        trend = text.signedPercent(f.trend());
        cover = Double.isInfinite(f.weeksOfCover()) ? "∞" : text.decimal(f.weeksOfCover());
        fullPrice = text.percent(1 - f.discountedShare());
        price = Money.format(f.priceCents(), i18n.locale());
        margin = f.costCents() <= 0 ? "–" : text.percent(f.margin());
        market = f.competitorIndex() == null ? "–"
                : i18n.get("pricing.market", text.decimal(f.competitorIndex()), text.decimal(f.weatherIndex()),
                        f.sentiment() == null ? "–" : text.decimal(f.sentiment()));
        Elasticity.Estimate e = s.elasticity();
        String source = i18n.get("pricing.source." + e.source().name());
        elasticity = e.source() == Elasticity.Source.ASSUMED
                ? i18n.get("pricing.elasticity.assumed", text.decimal(e.value()), source)
                : i18n.get("pricing.elasticity", text.decimal(e.value()), text.decimal(e.stdError()), source, e.points());
        action = switch (s.kind()) {
            case MARK_DOWN -> i18n.get("pricing.kind.MARK_DOWN", -s.percent());
            case RAISE -> i18n.get("pricing.kind.RAISE", s.percent());
            default -> i18n.get("pricing.kind." + s.kind().name());
        };
        reason = text.of(s.reasons());
    }

    public Suggestion suggestion() { return suggestion; }
    public String productId() { return suggestion.facts().productId(); }
    public String title() { return suggestion.facts().title(); }
    public String season() { return season; }
    public String daysLeft() { return daysLeft; }
    /// "35 % (plan 68 %)"
    public String sellThrough() { return sellThrough; }
    /// Last two weeks against the two before: "+12 %".
    public String trend() { return trend; }
    /// Weeks of cover.
    public String cover() { return cover; }
    /// Share of units sold at full price.
    public String fullPrice() { return fullPrice; }
    public String price() { return price; }
    public String margin() { return margin; }
    /// Competitor index · weather · sentiment of its category.
    public String market() { return market; }
    /// "−2.0 ± 0.5 (style, 12 weeks)"
    public String elasticity() { return elasticity; }
    /// "Mark down 35 %", "Hold", …
    public String action() { return action; }
    public String reason() { return reason; }
}
