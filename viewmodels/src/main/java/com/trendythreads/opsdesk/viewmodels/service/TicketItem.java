package com.trendythreads.opsdesk.viewmodels.service;

import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.cache.crm.SlaState;
import java.time.Instant;

/// One row of the inbox, with its texts ready to show.
///
/// @param dueAt      the SLA deadline while it runs (null when paused or none)
/// @param dueText    "in 45 min" / "overdue 2 h 10 min" / "" when nothing is due
/// @param slaText    the SLA state in words ("Breached", "Due soon", …)
/// @param queued     a reply or change written here has not reached the platform yet
public record TicketItem(String id, String subject, String customerName, TicketStatus status, String statusText,
                         TicketPriority priority, String priorityText, TicketChannel channel, String channelText,
                         String assigneeId, String assigneeName, Instant dueAt, String dueText, SlaState sla,
                         String slaText, boolean queued) {
}
