package com.trendythreads.opsdesk.api.dto.audit;

/// Generated once from `openapi.yaml` (`ExportReport`); keep the two in step. An export a client made.
public record ExportReport(
        Kind kind,
        String entityType,
        int count,
        boolean containsPii,
        String fileName) {

    public enum Kind { CSV, XLSX, PDF, JSON, PNG }
}
