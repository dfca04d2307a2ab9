package com.trendythreads.opsdesk.platform.audit;

import com.trendythreads.opsdesk.platform.http.OperationPipeline;
import com.trendythreads.opsdesk.platform.http.Operation;
import com.trendythreads.opsdesk.platform.http.RequestIds;
import io.javalin.http.Context;

/// Where a write came from: the request id, the client (`X-Client`, else `User-Agent`; the desk sends
/// `OpsDesk/<version>`) and the contract operation, whose verb names the audited action.
public record AuditRequest(String requestId, String client, String operationId) {

    /// The platform's own writes (simulator, maintenance).
    public static final AuditRequest INTERNAL = new AuditRequest(null, "demo-platform", null);

    public static AuditRequest of(Context ctx) {
        String client = ctx.header("X-Client");
        if (client == null || client.isBlank()) client = ctx.header("User-Agent");
        if (client != null && client.length() > 200) client = client.substring(0, 200);
        Operation op = ctx.attribute(OperationPipeline.OPERATION_ATTRIBUTE);
        return new AuditRequest(RequestIds.of(ctx), client, op == null ? null : op.operationId());
    }
}
