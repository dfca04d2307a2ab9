package com.trendythreads.opsdesk.cache.store;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
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
            case TIMESTAMP -> ps.setObject(index, utc(v.asText()));
        }
    }

    /// The instant `text` (ISO-8601, as the platform writes it) at UTC. The platform's shape,
    /// `2026-11-27T07:10:00.123Z`, is read by hand: through `Instant.parse`'s formatter it was a tenth of
    /// an initial sync's writing, and among its slowest code to warm up. Anything else takes the formatter.
    static OffsetDateTime utc(String text) {
        int n = text.length();
        if (n >= 20 && n <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(n - 1) == 'Z'
                && (n == 20 || (n > 21 && text.charAt(19) == '.'))) {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = n == 20 ? 0 : digits(text, 20, n - 1);
            if (year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0 && second < 60
                    && nanos >= 0) {
                for (int i = n - 1; i < 29; i++) {
                    nanos *= 10; // `.5` is half a second
                }
                try {
                    return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, ZoneOffset.UTC);
                } catch (DateTimeException e) {
                    // not a date (February 30th): the formatter says why
                }
            }
        }
        return Instant.parse(text).atOffset(ZoneOffset.UTC);
    }

    /// The decimal number in `text[from, to)`, or -1 when a character is not a digit.
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }
}
