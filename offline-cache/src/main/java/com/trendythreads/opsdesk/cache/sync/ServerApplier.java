package com.trendythreads.opsdesk.cache.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.sync.Change;
import com.trendythreads.opsdesk.cache.outbox.ServerState;
import com.trendythreads.opsdesk.cache.store.CacheException;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.store.Tx;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/// Writes what the platform says into the local tables, inside the caller's transaction.
///
/// - A change older than the local row (by version) is skipped, so replays and overlaps between
///   a full pull and the feed are harmless.
/// - An entity with queued edits keeps showing them: the platform's state goes to its server
///   side and the local view is folded again ([ServerState]).
/// - Orders, tickets and pick lists older than the working set are not stored unless already
///   present.
/// - A GDPR erasure purges every local row about the customer.
final class ServerApplier {

    private final LocalTables tables;
    private final ServerState serverState;

    ServerApplier(LocalTables tables, ServerState serverState) {
        this.tables = tables;
        this.serverState = serverState;
    }

    /// Applies a page of a full pull or a run of feed upserts of one resource.
    ///
    /// @param cutoff working-set start for dated resources (`null` = keep everything)
    /// @return how many rows were written
    int upsert(Tx tx, ResourceType type, List<JsonNode> docs, Instant cutoff) {
        return upsert(tx, type, docs, doc -> null, cutoff);
    }

    /// [#upsert] with each document's JSON text as it came where known (`textOf` gives `null` where not), so
    /// that it is stored as it is rather than written out again from the tree.
    int upsert(Tx tx, ResourceType type, List<JsonNode> docs, Function<JsonNode, String> textOf, Instant cutoff) {
        if (docs.isEmpty()) {
            return 0;
        }
        Handle h = tx.handle();
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode doc : docs) {
            String id = tables.idOf(type, doc);
            JsonNode prev = byId.get(id);
            if (prev == null || version(doc) >= version(prev)) {
                byId.put(id, doc);
            }
        }
        Map<String, Long> local = localVersions(h, type, byId.keySet());
        Set<String> withEdits = serverState.entitiesWithEdits(h, type, byId.keySet());
        List<JsonNode> plain = new ArrayList<>();
        List<JsonNode> fresh = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : byId.entrySet()) {
            String id = e.getKey();
            JsonNode doc = e.getValue();
            if (withEdits.contains(id)) {
                serverState.serverMoved(tx, type, id, doc);
                changed.add(id);
                continue;
            }
            Long have = local.get(id);
            if (have != null && have >= version(doc)) {
                continue;
            }
            if (have == null && cutoff != null && WorkingSet.olderThan(type, doc, cutoff)) {
                continue;
            }
            (have == null ? fresh : plain).add(doc);
            changed.add(id);
        }
        if (!plain.isEmpty()) {
            tables.upsert(h, type, plain, textOf);
        }
        if (!fresh.isEmpty()) {
            // not stored, as read in this transaction: an initial pull's rows skip the merge's key lookup
            tables.insertNew(h, type, fresh, textOf);
        }
        if (!changed.isEmpty()) {
            tx.changed(type.table(), changed);
        }
        return changed.size();
    }

    /// Applies feed changes in order, batching runs of upserts of one resource.
    int apply(Tx tx, List<Change> changes, Instant cutoff) {
        int applied = 0;
        ResourceType runType = null;
        List<JsonNode> run = new ArrayList<>();
        for (Change c : changes) {
            Optional<ResourceType> type = ResourceType.byResource(c.resource());
            if (type.isEmpty()) {
                continue; // a resource this version of Ops Desk does not keep
            }
            if (c.isUpsert() && c.data() != null && c.data().isObject()) {
                if (runType != null && runType != type.get()) {
                    applied += upsert(tx, runType, run, cutoff);
                    run = new ArrayList<>();
                }
                runType = type.get();
                run.add(c.data());
                continue;
            }
            if (runType != null) {
                applied += upsert(tx, runType, run, cutoff);
                run = new ArrayList<>();
                runType = null;
            }
            if ("erase".equals(c.op())) {
                applied += erase(tx, c.id());
            } else if (c.isRemoval()) {
                applied += remove(tx, type.get(), c.id());
            }
        }
        if (runType != null) {
            applied += upsert(tx, runType, run, cutoff);
        }
        return applied;
    }

    private int remove(Tx tx, ResourceType type, String id) {
        Handle h = tx.handle();
        if (!serverState.entitiesWithEdits(h, type, List.of(id)).isEmpty()) {
            serverState.serverMoved(tx, type, id, null);
        } else {
            tables.delete(h, type, List.of(id));
        }
        tx.changed(type.table(), List.of(id));
        return 1;
    }

    private int erase(Tx tx, String customerId) {
        Handle h = tx.handle();
        Set<String> changedTables = tables.purgeCustomer(h, customerId);
        serverState.forgetEdits(tx, ResourceType.ofResource("customer"), customerId);
        serverState.forgetCustomerDocs(tx, customerId);
        for (String t : changedTables) {
            tx.changedAll(t);
        }
        tx.changed(ResourceType.ofResource("customer").table(), List.of(customerId));
        return 1;
    }

    private Map<String, Long> localVersions(Handle h, ResourceType type, Collection<String> ids) {
        // One statement text for any number of ids, so H2 reuses it: an IN list of binds was a new statement
        // for Jdbi and H2 to parse for every page of a pull. H2 reads `= ANY(array)` through the key.
        Map<String, Long> out = new HashMap<>();
        Connection c = h.getConnection();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, version FROM " + type.table()
                + " WHERE id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new CacheException("Cannot read the versions of " + ids.size() + " " + type.resource() + " rows: "
                    + e.getMessage(), e);
        }
        return out;
    }

    private static long version(JsonNode doc) {
        return doc.path("version").asLong();
    }
}
