package com.trendythreads.opsdesk.api.dto.crm;

/// Generated once from `openapi.yaml` (`TicketChannel`); keep the two in step.
public enum TicketChannel {
    EMAIL, CHAT, PHONE, CHATBOT, SOCIAL
}
