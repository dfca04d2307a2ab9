package com.trendythreads.opsdesk.cache.store;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;

/// A typed column of a local table, filled from one field of the resource's JSON document.
///
/// @param name    the SQL column
/// @param pointer the JSON pointer of the field in the document (`/customer/id`)
/// @param kind    how the value is stored
public record Column(String name, String pointer, Kind kind) {

    // Compiled once: JsonNode.at(String) would parse the pointer for every row of a 1,000-row batch.
    private static final java.util.Map<String, JsonPointer> POINTERS = new java.util.concurrent.ConcurrentHashMap<>();

    /// SQL storage of a column. Timestamps are `TIMESTAMP WITH TIME ZONE`, bound as UTC.
    public enum Kind {
        TEXT(Types.VARCHAR),
        INT(Types.INTEGER),
        LONG(Types.BIGINT),
        BOOL(Types.BOOLEAN),
        TIMESTAMP(Types.TIMESTAMP_WITH_TIMEZONE);

        private final int sqlType;

        Kind(int sqlType) {
            this.sqlType = sqlType;
        }
    }

    public static Column text(String name, String pointer) {
        return new Column(name, pointer, Kind.TEXT);
    }

    public static Column integer(String name, String pointer) {
        return new Column(name, pointer, Kind.INT);
    }

    public static Column bigint(String name, String pointer) {
        return new Column(name, pointer, Kind.LONG);
    }

    public static Column bool(String name, String pointer) {
        return new Column(name, pointer, Kind.BOOL);
    }

    public static Column timestamp(String name, String pointer) {
        return new Column(name, pointer, Kind.TIMESTAMP);
    }

    /// Binds this column's value taken from `doc` (SQL NULL when the field is absent or null).
    void bind(PreparedStatement ps, int index, JsonNode doc) throws SQLException {
        JsonNode v = doc.at(POINTERS.computeIfAbsent(pointer, JsonPointer::compile));
        if (v.isMissingNode() || v.isNull()) {
            ps.setNull(index, kind.sqlType);
            return;
        }
        switch (kind) {
            case TEXT -> ps.setString(index, v.asText());
            case INT -> ps.setInt(index, v.asInt());
            case LONG -> ps.setLong(index, v.asLong());
            case BOOL -> ps.setBoolean(index, v.asBoolean());
            case TIMESTAMP -> ps.setObject(index, Instant.parse(v.asText()).atOffset(ZoneOffset.UTC));
        }
    }
}
