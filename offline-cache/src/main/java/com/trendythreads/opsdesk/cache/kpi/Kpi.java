package com.trendythreads.opsdesk.cache.kpi;

/// Every figure the manager dashboard shows. Definitions are in `docs/KPIS.md`; the tile tooltips show
/// the same text (bundle keys `kpi.<name>.definition`).
public enum Kpi {
    NET_SALES(Unit.MONEY, true),
    ORDERS(Unit.COUNT, true),
    AVERAGE_ORDER_VALUE(Unit.MONEY, true),
    CONVERSION_RATE(Unit.PERCENT, true),
    RETURN_RATE_UNITS(Unit.PERCENT, false),
    RETURN_RATE_ORDERS(Unit.PERCENT, false),
    SELL_THROUGH(Unit.PERCENT, true),
    WEEKS_OF_COVER(Unit.WEEKS, true),
    OUT_OF_STOCK_RATE(Unit.PERCENT, false),
    BROKEN_SIZES(Unit.PERCENT, false),
    FILL_RATE(Unit.PERCENT, true),
    PICKS_PER_HOUR(Unit.PER_HOUR, true),
    OPEN_TICKETS(Unit.COUNT, false),
    SLA_BREACHES(Unit.COUNT, false),
    CAMPAIGN_REVENUE(Unit.MONEY, true),
    CODE_REDEMPTIONS(Unit.COUNT, true);

    /// How a value is shown: MONEY in cents, PERCENT as a fraction (0.25 = 25 %).
    public enum Unit { MONEY, COUNT, PERCENT, WEEKS, PER_HOUR }

    private final Unit unit;
    private final boolean higherIsBetter;

    Kpi(Unit unit, boolean higherIsBetter) {
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    public Unit unit() {
        return unit;
    }

    /// Whether a rise is good news (green arrow) or bad news (red arrow).
    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
