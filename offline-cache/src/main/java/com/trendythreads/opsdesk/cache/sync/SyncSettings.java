package com.trendythreads.opsdesk.cache.sync;

import com.trendythreads.opsdesk.api.http.RetryPolicy;
import java.time.Duration;

/// How the sync engine pulls and pushes.
///
/// @param workingSetDays orders, tickets and pick lists younger than this are kept locally; older
///                       ones are fetched on demand and not kept
/// @param pageSize       items per list page in the initial sync (the contract allows 1..500)
/// @param feedPageSize   changes per page when catching up (1..1000)
/// @param pushBackoff    pacing of retries after network failures and 5xx (base and cap only)
/// @param idleRecheck    how often the engine catches up even when the live stream is quiet
/// @param live           whether to hold the live event stream open
public record SyncSettings(int workingSetDays, int pageSize, int feedPageSize, RetryPolicy pushBackoff,
        Duration idleRecheck, boolean live) {

    public static SyncSettings defaults() {
        return new SyncSettings(90, 500, 500,
                RetryPolicy.defaults().withBackoff(Duration.ofSeconds(1), Duration.ofMinutes(2)),
                Duration.ofSeconds(60), true);
    }

    public SyncSettings withWorkingSetDays(int days) {
        return new SyncSettings(days, pageSize, feedPageSize, pushBackoff, idleRecheck, live);
    }

    public SyncSettings withPageSize(int size) {
        return new SyncSettings(workingSetDays, size, feedPageSize, pushBackoff, idleRecheck, live);
    }

    public SyncSettings withPushBackoff(Duration base, Duration cap) {
        return new SyncSettings(workingSetDays, pageSize, feedPageSize, pushBackoff.withBackoff(base, cap),
                idleRecheck, live);
    }

    public SyncSettings withIdleRecheck(Duration d) {
        return new SyncSettings(workingSetDays, pageSize, feedPageSize, pushBackoff, d, live);
    }

    public SyncSettings withLive(boolean on) {
        return new SyncSettings(workingSetDays, pageSize, feedPageSize, pushBackoff, idleRecheck, on);
    }
}
