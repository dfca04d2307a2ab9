package com.trendythreads.opsdesk.platform.audit;

import java.time.Duration;

/// Every threshold of the [AlertMonitor], in one place (documented in docs/security.md).
///
/// @param exportWindow           the window over which one user's customer exports are summed
/// @param maxCustomerRecords     more customer records than this exported by one user in the window → alert
/// @param maxPiiExports          this many exports containing PII by one user in the window → alert
/// @param signInWindow           the window over which failed sign-ins are counted
/// @param failedSignInsPerUser   this many failed sign-ins for one username in the window → alert
/// @param failedSignInsOverall   this many failed sign-ins in total in the window → alert
/// @param refundFactor           refunds by a user in the last 24 h above this × their daily mean → alert
/// @param refundHistoryDays      the days before the last 24 h that make the daily mean
/// @param refundFloorCents       ... and only when the last 24 h reach at least this amount
public record AlertPolicy(Duration exportWindow, long maxCustomerRecords, int maxPiiExports, Duration signInWindow,
                          int failedSignInsPerUser, int failedSignInsOverall, long refundFactor,
                          int refundHistoryDays, long refundFloorCents) {

    public static final AlertPolicy DEFAULT = new AlertPolicy(Duration.ofHours(1), 500, 3, Duration.ofMinutes(15),
            5, 20, 3, 30, 50_000);
}
