package com.trendythreads.opsdesk.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.audit.Alert;
import com.trendythreads.opsdesk.api.dto.audit.AlertEvidence;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// The `alerts` table; an alert's id is `alr_<seq>`.
public final class AlertStore {

    private final ObjectMapper mapper;

    public AlertStore(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static long seqOf(String id) {
        if (id == null || !id.matches("alr_\\d{1,18}")) return -1;
        return Long.parseLong(id.substring(4));
    }

    boolean hasOpen(Handle h, Alert.Kind kind, String username, Instant since) {
        var q = h.createQuery("SELECT COUNT(*) FROM alerts WHERE kind = :kind AND acknowledged_at IS NULL AND raised_at >= :since"
                        + (username == null ? " AND subject_username IS NULL" : " AND subject_username = :u"))
                .bind("kind", kind.name()).bind("since", since);
        if (username != null) q.bind("u", username);
        return q.mapTo(Long.class).one() > 0;
    }

    Alert insert(Handle h, Alert.Kind kind, Alert.Severity severity, Instant at, String userId, String username,
                 String summary, AlertEvidence evidence) {
        long seq = h.createUpdate("""
                        INSERT INTO alerts (kind, severity, raised_at, subject_user_id, subject_username, summary, evidence, version)
                        VALUES (:kind, :severity, :at, :user, :username, :summary, :evidence, 1)""")
                .bind("kind", kind.name()).bind("severity", severity.name()).bind("at", at).bind("user", userId)
                .bind("username", username).bind("summary", summary).bind("evidence", json(evidence))
                .executeAndReturnGeneratedKeys("seq").mapTo(Long.class).one();
        return find(h, "alr_" + seq).orElseThrow();
    }

    public Optional<Alert> find(Handle h, String id) {
        long seq = seqOf(id);
        if (seq < 0) return Optional.empty();
        return h.createQuery("SELECT * FROM alerts WHERE seq = :seq").bind("seq", seq).map((rs, c) -> read(rs)).findOne();
    }

    public Alert acknowledge(Handle h, Alert cur, String by, Instant at, String note) {
        h.createUpdate("""
                        UPDATE alerts SET acknowledged_by = :by, acknowledged_at = :at, note = :note, version = version + 1
                        WHERE seq = :seq""")
                .bind("by", by).bind("at", at).bind("note", note).bind("seq", seqOf(cur.id())).execute();
        return find(h, cur.id()).orElseThrow();
    }

    /// Newest first, after `cursorSeq` (exclusive; 0 = from the newest).
    public List<Alert> page(Handle h, Boolean acknowledged, long cursorSeq, int limit) {
        return h.createQuery("SELECT * FROM alerts WHERE " + where(acknowledged)
                        + " AND (:cursor = 0 OR seq < :cursor) ORDER BY seq DESC LIMIT :limit")
                .bind("cursor", cursorSeq).bind("limit", limit).map((rs, c) -> read(rs)).list();
    }

    public long count(Handle h, Boolean acknowledged) {
        return h.createQuery("SELECT COUNT(*) FROM alerts WHERE " + where(acknowledged)).mapTo(Long.class).one();
    }

    private static String where(Boolean acknowledged) {
        if (acknowledged == null) return "1 = 1";
        return acknowledged ? "acknowledged_at IS NOT NULL" : "acknowledged_at IS NULL";
    }

    private Alert read(ResultSet rs) throws SQLException {
        OffsetDateTime ack = rs.getObject("acknowledged_at", OffsetDateTime.class);
        try {
            return new Alert("alr_" + rs.getLong("seq"), Alert.Kind.valueOf(rs.getString("kind")),
                    Alert.Severity.valueOf(rs.getString("severity")),
                    rs.getObject("raised_at", OffsetDateTime.class).toInstant(), rs.getString("subject_user_id"),
                    rs.getString("subject_username"), rs.getString("summary"),
                    mapper.readValue(rs.getString("evidence"), AlertEvidence.class), rs.getString("acknowledged_by"),
                    ack == null ? null : ack.toInstant(), rs.getString("note"), rs.getLong("version"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Alert evidence is not JSON", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
