package com.trendythreads.opsdesk.cache.status;

/// How well Ops Desk reaches the platform, for the status bar.
public enum Connectivity {
    /// The last calls succeeded (and the live stream is connected when one is wanted).
    ONLINE,
    /// Calls reach the platform but some fail (5xx, 429, garbled answers) or the live stream is reconnecting.
    DEGRADED,
    /// The platform cannot be reached; edits queue locally.
    OFFLINE,
    /// The platform no longer accepts the session; the user must sign in again. Edits stay queued.
    SIGN_IN_EXPIRED
}
