package com.trendythreads.opsdesk.cache.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.store.Tx;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/// How the pull side tells the outbox that the platform's state of an entity moved, so an
/// entity with queued edits keeps showing them on top of the newest state.
public final class ServerState {

    private final LocalView view;

    public ServerState(LocalTables tables) {
        this.view = new LocalView(tables);
    }

    /// Which of these entities have edits queued (or a base left from them).
    public Set<String> entitiesWithEdits(Handle h, ResourceType type, Collection<String> ids) {
        Set<String> out = new HashSet<>();
        // Usually nothing of the type is queued (an initial pull, a quiet desk): one indexed count instead of
        // an IN list of a page's ids, whose SQL Jdbi renders and parses again for every page.
        if (h.createQuery("SELECT COUNT(*) FROM entity_base WHERE resource = :r").bind("r", type.resource())
                .mapTo(Long.class).one() == 0) {
            return out;
        }
        List<String> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            out.addAll(h.createQuery("SELECT entity_id FROM entity_base WHERE resource = :r AND entity_id IN (<ids>)")
                    .bind("r", type.resource()).bindList("ids", chunk).mapTo(String.class).list());
        }
        return out;
    }

    /// The platform's state of an entity with queued edits is now `doc` (`null` = deleted there).
    /// Older news than what is known is ignored. The base (If-Match) does not move.
    public void serverMoved(Tx tx, ResourceType type, String id, JsonNode doc) {
        Handle h = tx.handle();
        OutboxSql.base(h, type.resource(), id).ifPresent(b -> {
            long v = doc == null ? Long.MAX_VALUE : doc.path("version").asLong();
            if (b.serverVersion() != null && doc != null && v <= b.serverVersion()) {
                return;
            }
            OutboxSql.putBase(h, new OutboxSql.EntityBase(type.resource(), id, b.baseVersion(), b.baseDoc(),
                    doc == null ? b.serverVersion() : Long.valueOf(v), doc));
            view.refresh(tx, type, id);
        });
    }

    /// A GDPR erasure of `customerId`: the copies of their orders, tickets and reviews kept for queued
    /// edits (merge base, platform state, the sides of a conflict) still hold the personal data the
    /// erasure removed everywhere else. They go; the edits themselves stay (an order can still be
    /// cancelled), and the anonymised versions the platform sends next become the platform state.
    public void forgetCustomerDocs(Tx tx, String customerId) {
        Handle h = tx.handle();
        String mention = "%\"" + customerId + "\"%";
        List<String> resources = List.of("order", "ticket", "review");
        int n = h.createUpdate("UPDATE entity_base SET base_doc = NULL, server_doc = NULL WHERE resource IN (<r>) "
                        + "AND (base_doc LIKE :m OR server_doc LIKE :m)")
                .bindList("r", resources).bind("m", mention).execute();
        n += h.createUpdate("UPDATE conflict SET base_doc = NULL, theirs_doc = NULL WHERE resource IN (<r>) "
                        + "AND (base_doc LIKE :m OR theirs_doc LIKE :m)")
                .bindList("r", resources).bind("m", mention).execute();
        if (n > 0) {
            tx.changedAll(Conflicts.TABLE);
        }
    }

    /// Drops every queued edit of an entity and its conflicts (a GDPR erasure: nothing about the
    /// customer may stay).
    public void forgetEdits(Tx tx, ResourceType type, String id) {
        Handle h = tx.handle();
        int n = h.createUpdate("DELETE FROM conflict WHERE resource = :r AND entity_id = :id")
                .bind("r", type.resource()).bind("id", id).execute();
        n += h.createUpdate("DELETE FROM outbox WHERE resource = :r AND entity_id = :id")
                .bind("r", type.resource()).bind("id", id).execute();
        OutboxSql.deleteBase(h, type.resource(), id);
        if (n > 0) {
            tx.changedAll(OutboxSql.TABLE);
            tx.changedAll(Conflicts.TABLE);
        }
    }
}
