package com.trendythreads.opsdesk.platform.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.http.ApiError;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/// Reads the change feed. Tokens are opaque to clients; here they are the decimal `seq` of the last change
/// covered ("0" = before the first change).
public final class ChangeFeed {

    /// A stored change row, unmasked.
    public record Row(long seq, String resource, String id, String op, long version, OffsetDateTime at, String data) {}

    /// A page of `GET /v1/changes`.
    public record Page(List<Change> changes, String nextToken, boolean hasMore) {}

    /// The first token (before any change).
    public static final String START = "0";

    private final Jdbi jdbi;
    private final ResourcePolicies policies;
    private final ObjectMapper mapper;

    public ChangeFeed(Jdbi jdbi, ResourcePolicies policies, ObjectMapper mapper) {
        this.jdbi = jdbi;
        this.policies = policies;
        this.mapper = mapper;
    }

    /// The token a delta sync continues from after a full pull. List handlers read it BEFORE they read their
    /// page, so a change committed during the pull is delivered again by the delta rather than missed.
    public String currentChangeToken() {
        return Long.toString(jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM changes")
                .mapTo(Long.class).one()));
    }

    /// Parses a client-supplied token; anything but a non-negative decimal → 400 naming `parameter`.
    public static long parseToken(String token, String parameter) {
        try {
            long seq = Long.parseLong(token);
            if (seq >= 0) return seq;
        } catch (NumberFormatException ignored) {
            // fall through
        }
        throw ApiError.invalidParameter(parameter, "is not a valid change token");
    }

    public List<Row> rowsAfter(long seq, int max) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT seq, resource, resource_id, op, version, changed_at, data FROM changes
                        WHERE seq > :seq ORDER BY seq""")
                .bind("seq", seq)
                .setMaxRows(max)
                .map((rs, c) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getObject(6, OffsetDateTime.class), rs.getString(7)))
                .list());
    }

    /// The change as `principal` may see it, or empty when its role may not read the resource type.
    public Optional<Change> visible(Row row, Principal principal) {
        Optional<ResourcePolicy> policy = policies.policy(row.resource());
        if (policy.isEmpty() || !policy.get().canRead(principal)) return Optional.empty();
        JsonNode data = null;
        if (row.data() != null) {
            try {
                data = policy.get().mask(mapper.readTree(row.data()), principal);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Change " + row.seq() + " holds invalid JSON", e);
            }
        }
        return Optional.of(new Change(Long.toString(row.seq()), row.resource(), row.id(), row.op(), row.version(),
                row.at().toInstant(), data));
    }

    /// Up to `limit` changes after `sinceSeq` that `principal` may read. Changes it may not read are skipped, and
    /// `nextToken` still moves past them, so a role that sees little does not rescan the same rows forever.
    public Page page(Principal principal, long sinceSeq, int limit) {
        List<Change> out = new ArrayList<>();
        long cursor = sinceSeq;
        // Bound the work of one request when the caller may read little of a long stretch of the feed.
        long scanBudget = Math.max(1000L, 20L * limit);
        int batch = Math.min(Math.max(limit, 100), 1000);
        boolean more = true;
        while (out.size() < limit && scanBudget > 0) {
            List<Row> rows = rowsAfter(cursor, batch);
            if (rows.isEmpty()) {
                more = false;
                break;
            }
            for (Row row : rows) {
                scanBudget--;
                cursor = row.seq();
                visible(row, principal).ifPresent(out::add);
                if (out.size() == limit) break;
            }
            if (rows.size() < batch && out.size() < limit) {
                more = false;
                break;
            }
        }
        if (more) {
            long after = cursor;
            more = jdbi.withHandle(h -> h.createQuery("SELECT seq FROM changes WHERE seq > :seq ORDER BY seq")
                    .bind("seq", after).setMaxRows(1).mapTo(Long.class).findFirst()).isPresent();
        }
        return new Page(out, Long.toString(cursor), more);
    }
}
