package com.trendythreads.opsdesk.viewmodels.pricing;

import com.trendythreads.opsdesk.cache.pricing.Suggestion;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/// A suggestion's reasons in words (`pricing.reason.<code>`), its figures formatted for the locale.
final class ReasonText {

    // per code, the kind of each figure: p = share as percent, d = one decimal, i = whole number, s = text
    private static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("slow", "pp"), Map.entry("highCover", "dd"), Map.entry("noSales", "i"),
            Map.entry("late", "pi"), Map.entry("seasonOver", "s"), Map.entry("depth", "ddi"),
            Map.entry("negativeSentiment", "d"), Map.entry("ahead", "pp"), Map.entry("sellingOut", "dd"),
            Map.entry("discounted", "p"), Map.entry("belowCompetitors", "d"), Map.entry("competitorsNotAbove", "d"),
            Map.entry("onTrack", "pp"), Map.entry("slowEarly", "ppi"), Map.entry("slowCovered", "ppdd"),
            Map.entry("noStock", ""));

    private final I18n i18n;

    ReasonText(I18n i18n) {
        this.i18n = i18n;
    }

    String of(List<Suggestion.Reason> reasons) {
        return reasons.stream().map(this::of).collect(Collectors.joining("; "));
    }

    String of(Suggestion.Reason r) {
        String kinds = FIGURES.getOrDefault(r.code(), "");
        Object[] args = new Object[r.args().size()];
        for (int i = 0; i < args.length; i++) {
            Object a = r.args().get(i);
            char k = i < kinds.length() ? kinds.charAt(i) : 's';
            args[i] = switch (k) {
                case 'p' -> percent(((Number) a).doubleValue());
                case 'd' -> decimal(((Number) a).doubleValue());
                case 'i' -> String.valueOf(((Number) a).longValue());
                default -> String.valueOf(a);
            };
        }
        return i18n.get("pricing.reason." + r.code(), args);
    }

    String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(i18n.locale());
        f.setMaximumFractionDigits(0);
        return f.format(share);
    }

    String decimal(double v) {
        if (Double.isInfinite(v)) {
            return "∞";
        }
        if (v > 999) {
            return "> 999"; // weeks of cover or an uplift past any season: the figure itself says nothing more
        }
        NumberFormat f = NumberFormat.getNumberInstance(i18n.locale());
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(v);
    }

    String signedPercent(double share) {
        return (share > 0 ? "+" : "") + percent(share);
    }
}
