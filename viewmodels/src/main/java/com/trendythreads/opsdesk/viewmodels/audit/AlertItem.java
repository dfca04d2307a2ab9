package com.trendythreads.opsdesk.viewmodels.audit;

import com.trendythreads.opsdesk.api.dto.audit.Alert;

/// One alert as a row; `status` says open or who acknowledged it and when.
public record AlertItem(Alert alert, String raised, String kind, String severity, String subject, String summary,
                        String status) {

    public String id() {
        return alert.id();
    }

    public boolean open() {
        return !alert.acknowledged();
    }
}
