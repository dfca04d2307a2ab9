package com.trendythreads.opsdesk.cache.pricing;

/// The lowest price a suggestion may set: cost plus the minimum margin a manager set, as a margin on the
/// price (`price ≥ cost ÷ (1 − margin)`), rounded up to the cent. Without a cost there is no floor but zero.
public final class PriceFloor {

    private PriceFloor() {
    }

    public static long floorCents(Long costCents, int minMarginPercent) {
        if (costCents == null || costCents <= 0) {
            return 0;
        }
        if (minMarginPercent < 0 || minMarginPercent >= 100) {
            throw new IllegalArgumentException("margin must be 0…99 %: " + minMarginPercent);
        }
        return (costCents * 100 + (100 - minMarginPercent) - 1) / (100 - minMarginPercent);
    }
}
