package com.trendythreads.opsdesk.platform.changes;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/// What happened to a resource: `upsert` (created or changed; data = the resource now), `delete` (gone),
/// `erase` (personal data erased, e.g. GDPR; the client must drop every local copy). data is null for the last two.
public enum ChangeOp {
    UPSERT, DELETE, ERASE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
