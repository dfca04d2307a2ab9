package com.trendythreads.opsdesk.api.dto.crm;

/// Generated once from `openapi.yaml` (`TicketPriority`); keep the two in step.
public enum TicketPriority {
    LOW, NORMAL, HIGH, URGENT
}
