package com.trendythreads.opsdesk.cache.sync;

import com.trendythreads.opsdesk.cache.status.Connectivity;
import java.time.Instant;

/// Everything the status bar shows about sync, as one immutable snapshot.
///
/// @param lastSync  when the local data last caught up with the platform, or `null`
/// @param progress  the running pull, or `null`
/// @param problem   the last failure in words, or `null`
public record SyncStatus(Connectivity connectivity, Instant lastSync, long pendingEdits, long failedEdits,
        long openConflicts, SyncProgress progress, String problem) {
}
