package com.trendythreads.opsdesk.cache.picking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.cache.outbox.Conflicts;
import com.trendythreads.opsdesk.cache.outbox.Outbox;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Where each line's local confirmation stands with the platform: still queued, refused, or refused
/// because someone else confirmed the line first (the platform answers 409 `already_confirmed`; the
/// pusher keeps the entry as a conflict together with the platform's pick list, whose line names who
/// confirmed it and when).
public final class LineSync {

    /// The tables whose changes can move a line's state.
    public static final Set<String> TABLES = Set.of(Outbox.TABLE, Conflicts.TABLE);

    private static final Pattern LINE_PATH = Pattern.compile("/lines/([^/]+)/(confirm|short)$");
    private static final Pattern BY = Pattern.compile("by (\\S+) at (\\S+)");
    private static final ObjectMapper MAPPER = Json.mapper();

    /// One line's queued edit.
    ///
    /// @param conflictId the open conflict to discard when the picker accepts the platform's state, or null
    /// @param pickedBy   who confirmed the line on the platform first (for a conflict), else null
    public record State(long seq, Kind kind, String reason, Long conflictId, String pickedBy, Instant pickedAt) {
    }

    public enum Kind { PENDING, FAILED, CONFLICT }

    private final CacheDatabase db;

    public LineSync(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /// The queued line edits of one pick list by line id (the newest entry of a line wins).
    public Map<String, State> of(String pickListId) {
        return db.read(h -> {
            Map<String, State> out = new LinkedHashMap<>();
            h.createQuery("""
                            SELECT o.seq, o.path, o.status, o.last_error, c.id AS conflict_id, c.theirs_doc, c.reason
                            FROM outbox o LEFT JOIN conflict c ON c.outbox_seq = o.seq
                            WHERE o.resource = :r AND o.entity_id = :id ORDER BY o.seq""")
                    .bind("r", ResourceType.PICK_LIST.resource()).bind("id", pickListId)
                    .map((rs, ctx) -> {
                        Matcher m = LINE_PATH.matcher(rs.getString("path"));
                        if (!m.find()) {
                            return null;
                        }
                        String lineId = m.group(1);
                        Kind kind = switch (rs.getString("status")) {
                            case "FAILED" -> Kind.FAILED;
                            case "CONFLICT" -> Kind.CONFLICT;
                            default -> Kind.PENDING;
                        };
                        Long conflictId = (Long) rs.getObject("conflict_id");
                        String reason = rs.getString("reason") != null ? rs.getString("reason") : rs.getString("last_error");
                        String by = null;
                        Instant at = null;
                        if (kind == Kind.CONFLICT) {
                            JsonNode line = theirLine(rs.getString("theirs_doc"), lineId);
                            if (line != null && line.hasNonNull("confirmedBy")) {
                                by = line.get("confirmedBy").asText();
                                at = line.hasNonNull("confirmedAt") ? Instant.parse(line.get("confirmedAt").asText()) : null;
                            } else if (reason != null) {
                                Matcher b = BY.matcher(reason);
                                if (b.find()) {
                                    by = b.group(1);
                                    at = parse(b.group(2));
                                }
                            }
                        }
                        return Map.entry(lineId, new State(rs.getLong("seq"), kind, reason, conflictId, by, at));
                    })
                    .forEach(e -> {
                        if (e != null) {
                            out.put(e.getKey(), e.getValue());
                        }
                    });
            return out;
        });
    }

    private static JsonNode theirLine(String doc, String lineId) {
        if (doc == null) {
            return null;
        }
        try {
            for (JsonNode l : MAPPER.readTree(doc).path("lines")) {
                if (lineId.equals(l.path("id").asText())) {
                    return l;
                }
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    private static Instant parse(String s) {
        try {
            return Instant.parse(s.replaceAll("[).,;]+$", ""));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
