package com.trendythreads.opsdesk.platform.seed;

import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/// Positional batch insert into one table: rows are bound into a Jdbi {@link PreparedBatch} and
/// executed and committed every {@link #BATCH} rows, so memory stays flat and a long seed commits
/// in chunks. Values are bound with plain JDBC setters (timestamps as UTC {@link OffsetDateTime},
/// which H2 and PostgreSQL both accept for TIMESTAMP WITH TIME ZONE); a null must be given as
/// {@link #nul(int)} so its SQL type is explicit (PostgreSQL rejects an untyped null in a BIGINT).
final class SeedRows implements AutoCloseable {
    static final int BATCH = 1_000;

    record Null(int sqlType) {
    }

    static final Null NULL_VARCHAR = new Null(Types.VARCHAR);
    static final Null NULL_INTEGER = new Null(Types.INTEGER);
    static final Null NULL_BIGINT = new Null(Types.BIGINT);
    static final Null NULL_DOUBLE = new Null(Types.DOUBLE);

    static Null nul(int sqlType) {
        return new Null(sqlType);
    }

    /// The value, or a typed null.
    static Object orNull(Object value, Null ifNull) {
        return value == null ? ifNull : value;
    }

    private final Handle handle;
    private final String sql;
    private final int columns;
    private PreparedBatch batch;
    private int pending;
    private long total;

    SeedRows(Handle handle, String table, String... columnNames) {
        this.handle = handle;
        this.columns = columnNames.length;
        this.sql = "INSERT INTO " + table + " (" + String.join(", ", columnNames) + ") VALUES ("
                + "?, ".repeat(columnNames.length - 1) + "?)";
    }

    void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values for " + sql);
        }
        if (batch == null) {
            batch = handle.prepareBatch(sql);
        }
        for (int i = 0; i < values.length; i++) {
            bind(batch, i, values[i]);
        }
        batch.add();
        total++;
        if (++pending >= BATCH) {
            flush();
        }
    }

    long total() {
        return total;
    }

    void flush() {
        if (pending == 0) {
            return;
        }
        batch.execute();
        batch.close();
        batch = null;
        pending = 0;
        handle.commit();
        handle.begin();
    }

    @Override
    public void close() {
        flush();
    }

    private static void bind(PreparedBatch batch, int position, Object value) {
        switch (value) {
            case null -> throw new IllegalArgumentException("untyped null at " + position + "; use SeedRows.nul");
            case Null n -> batch.bind(position, (p, s, c) -> s.setNull(p, n.sqlType()));
            case String v -> batch.bind(position, v);
            case Instant v -> {
                OffsetDateTime odt = v.atOffset(ZoneOffset.UTC);
                batch.bind(position, (p, s, c) -> s.setObject(p, odt));
            }
            case LocalDate v -> batch.bind(position, (p, s, c) -> s.setObject(p, v));
            case Long v -> batch.bind(position, (p, s, c) -> s.setLong(p, v));
            case Integer v -> batch.bind(position, (p, s, c) -> s.setInt(p, v));
            case Boolean v -> batch.bind(position, (p, s, c) -> s.setBoolean(p, v));
            case Double v -> batch.bind(position, (p, s, c) -> s.setDouble(p, v));
            default -> throw new IllegalArgumentException("unsupported " + value.getClass());
        }
    }
}
