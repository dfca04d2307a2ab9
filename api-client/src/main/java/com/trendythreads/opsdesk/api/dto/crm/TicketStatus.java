package com.trendythreads.opsdesk.api.dto.crm;

/// Generated once from `openapi.yaml` (`TicketStatus`); keep the two in step.
public enum TicketStatus {
    NEW, OPEN, PENDING, SOLVED, CLOSED
}
