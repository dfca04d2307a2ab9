package com.trendythreads.opsdesk.platform.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.changes.ChangeFeed;
import com.trendythreads.opsdesk.platform.writes.Writes;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;

/// What the campaign, CRM and analytics handlers need from the server core.
///
/// @param jdbi   reads outside the write lock
/// @param json   the server's one ObjectMapper (contract JSON)
/// @param writes every mutation goes through it (lock, transaction, idempotency, change feed)
/// @param feed   the change token a list reads before its page
/// @param clock  "now" for reads (e.g. metrics `asOf`); writes use `Tx.now()`
public record DomainDeps(Jdbi jdbi, ObjectMapper json, Writes writes, ChangeFeed feed, Clock clock) {

    public static DomainDeps of(ModuleContext m) {
        return new DomainDeps(m.database().jdbi(), m.json(), m.writes(), m.changes(), m.clock());
    }
}
