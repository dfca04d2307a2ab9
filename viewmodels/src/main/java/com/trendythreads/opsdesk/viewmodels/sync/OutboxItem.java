package com.trendythreads.opsdesk.viewmodels.sync;

/// One queued edit as the outbox list shows it.
///
/// @param status      PENDING, FAILED or CONFLICT
/// @param statusLabel the status in the user's language
/// @param reason      the platform's reason for a failure, or ""
/// @param payload     the body that is sent, as indented JSON (what "Edit" lets the user change)
public record OutboxItem(long seq, String description, String status, String statusLabel, String reason,
                         String payload) {

    public boolean failed() {
        return "FAILED".equals(status);
    }
}
