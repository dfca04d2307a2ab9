package com.trendythreads.opsdesk.cache.inventory;

import java.time.LocalDate;
import java.util.Objects;

/// What to reorder for one SKU at one location, from its forecast, stock and lead time.
///
/// - **Weeks of cover**: available ÷ expected weekly demand (the forecast's mean over its horizon);
///   infinite when nothing is expected to sell.
/// - **Stock-out date**: the first day on which expected demand since today exceeds what is available
///   (incoming stock is not counted: when it arrives is not known).
/// - **Suggested order**: order up to the expected demand over the lead time plus one review week, plus
///   the reorder point as safety stock, minus available and incoming; never negative, rounded up to
///   whole units and, when a reorder quantity (pack size) is set, to a multiple of it.
public final class Replenishment {

    /// The days between two looks at the suggestion (one week).
    public static final int REVIEW_DAYS = 7;

    /// The outcome for one SKU × location.
    ///
    /// @param stockOut     the predicted stock-out date, or `null` when not within the horizon
    /// @param weeksOfCover `Double.POSITIVE_INFINITY` when no demand is expected
    public record Suggestion(double meanDailyDemand, double weeksOfCover, LocalDate stockOut, int suggestedQty) {
    }

    private Replenishment() {
    }

    /// @param today        the first forecast day
    /// @param horizonDays  how far to look for a stock-out
    public static Suggestion suggest(DemandForecast.Result forecast, int available, int incoming, int reorderPoint,
            Integer reorderQty, int leadTimeDays, LocalDate today, int horizonDays) {
        Objects.requireNonNull(forecast, "forecast");
        if (leadTimeDays < 0) {
            throw new IllegalArgumentException("leadTimeDays must not be negative");
        }
        double perDay = forecast.meanPerDay();
        double cover = perDay <= 0 ? Double.POSITIVE_INFINITY : Math.max(0, available) / (perDay * 7);
        int day = forecast.stockOutDay(available, horizonDays);
        LocalDate stockOut = day < 0 ? null : today.plusDays(day);
        double need = forecast.total(leadTimeDays + REVIEW_DAYS) + Math.max(0, reorderPoint)
                - Math.max(0, available) - Math.max(0, incoming);
        int qty = need <= 1e-9 ? 0 : (int) Math.ceil(need - 1e-9);
        if (qty > 0 && reorderQty != null && reorderQty > 1) {
            qty = ((qty + reorderQty - 1) / reorderQty) * reorderQty;
        }
        return new Suggestion(perDay, cover, stockOut, qty);
    }
}
