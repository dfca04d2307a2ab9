package com.trendythreads.opsdesk.api.service;

import com.trendythreads.opsdesk.api.Page;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.dto.audit.Alert;
import com.trendythreads.opsdesk.api.dto.audit.AlertAcknowledge;
import com.trendythreads.opsdesk.api.dto.audit.AuditEvent;
import com.trendythreads.opsdesk.api.dto.audit.ExportReport;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/// Retrofit view of the contract's `audit` operations (lane audit, issue #10); kept in step by hand.
public interface AuditApi {

    /// The audit log, newest first. Roles: MANAGER, ADMIN.
    @GET("v1/audit-events")
    Page<AuditEvent> listAuditEvents(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("user") String user,
            @Query("entityType") String entityType,
            @Query("entityId") String entityId,
            @Query("action") String action,
            @Query("from") String from,
            @Query("to") String to);

    /// Report an export a client made. Roles: every role.
    @POST("v1/audit-events/exports")
    AuditEvent recordExport(@Header("Idempotency-Key") String idempotencyKey,
            @Body ExportReport body);

    /// One record's audit events, newest first. Roles: whoever may read the entity type.
    @GET("v1/history/{entityType}/{entityId}")
    Page<AuditEvent> listRecordHistory(@Path("entityType") String entityType,
            @Path("entityId") String entityId,
            @Query("cursor") String cursor,
            @Query("limit") Integer limit);

    /// Security alerts, newest first. Roles: MANAGER, ADMIN.
    @GET("v1/alerts")
    Page<Alert> listAlerts(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("acknowledged") Boolean acknowledged);

    /// Acknowledge an alert with a note. Roles: MANAGER, ADMIN.
    @POST("v1/alerts/{alertId}/acknowledge")
    Versioned<Alert> acknowledgeAlert(@Path("alertId") String alertId,
            @Header("Idempotency-Key") String idempotencyKey,
            @Header("If-Match") String ifMatch,
            @Body AlertAcknowledge body);
}
