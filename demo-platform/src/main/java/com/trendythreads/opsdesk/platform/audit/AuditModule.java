package com.trendythreads.opsdesk.platform.audit;

import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.changes.ResourceReaders;

/// The audit log's read side, reported exports, and security alerts (lane audit, issue #10). The events
/// themselves are written by every write's [com.trendythreads.opsdesk.platform.writes.Tx].
public final class AuditModule implements DomainModule {

    private final AlertPolicy policy;

    public AuditModule() {
        this(AlertPolicy.DEFAULT);
    }

    public AuditModule(AlertPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void register(ModuleContext m) {
        m.policies().register(AlertMonitor.RESOURCE, ResourceReaders.of(m.spec(), AlertMonitor.RESOURCE));
        AuditTrail trail = m.writes().audit();
        AlertStore alerts = new AlertStore(m.json());
        trail.listen(new AlertMonitor(policy, alerts, trail));
        AuditHandlers handlers = new AuditHandlers(m, trail, alerts);
        m.handlers()
                .handle("listAuditEvents", handlers::listAuditEvents)
                .handle("listRecordHistory", handlers::listRecordHistory)
                .handle("recordExport", handlers::recordExport)
                .handle("listAlerts", handlers::listAlerts)
                .handle("acknowledgeAlert", handlers::acknowledgeAlert);
    }
}
