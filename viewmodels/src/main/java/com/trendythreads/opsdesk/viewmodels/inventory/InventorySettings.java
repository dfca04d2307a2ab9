package com.trendythreads.opsdesk.viewmodels.inventory;

import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import java.util.Objects;

/// The inventory workspace's settings: the default replenishment lead time and the overstock threshold.
public final class InventorySettings {

    public static final String LEAD_TIME_DAYS = "inventory.leadTimeDays";
    public static final String OVERSTOCK_WEEKS = "inventory.overstockWeeks";
    public static final int DEFAULT_LEAD_TIME_DAYS = 14;
    public static final double DEFAULT_OVERSTOCK_WEEKS = 26;

    private final SettingsStore store;

    public InventorySettings(SettingsStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /// Days from ordering to goods on the shelf, for every location and supplier.
    public int leadTimeDays() {
        return store.getDouble(LEAD_TIME_DAYS).map(Double::intValue).filter(d -> d >= 0)
                .orElse(DEFAULT_LEAD_TIME_DAYS);
    }

    public void setLeadTimeDays(int days) {
        store.put(LEAD_TIME_DAYS, Integer.toString(Math.max(0, days)));
    }

    /// Weeks of cover above which a stock level counts as overstocked.
    public double overstockWeeks() {
        return store.getDouble(OVERSTOCK_WEEKS).filter(w -> w > 0).orElse(DEFAULT_OVERSTOCK_WEEKS);
    }
}
