package com.trendythreads.opsdesk.cache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Timestamps of typed columns are read by hand in the platform's shape; they must mean exactly what
/// `Instant.parse` reads, and anything else must still go to it.
class ColumnTest {

    @Test
    void readsTheInstantsInstantParseReads() {
        for (String text : List.of("2026-11-27T07:10:00Z", "2026-11-27T07:10:00.5Z", "2026-11-27T07:10:00.123Z",
                "2026-11-27T07:10:00.000123Z", "2026-11-27T23:59:59.123456789Z", "2024-02-29T00:00:00Z",
                "1999-12-31T23:59:59.9Z", "2026-11-27T07:10:00+02:00", "+12026-01-01T00:00:00Z",
                // odd shapes Instant.parse takes: midnight at the day's end, a leap second, a bare point
                "2026-11-27T24:00:00Z", "2026-11-27T23:59:60Z", "2026-11-27T07:10:00.Z")) {
            assertThat(Column.utc(text)).as(text).isEqualTo(Instant.parse(text).atOffset(ZoneOffset.UTC));
        }
    }

    @Test
    void refusesWhatInstantParseRefuses() {
        for (String text : List.of("2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-27T25:00:00Z",
                "2026-11-27 07:10:00Z", "2026-11-27T07:10:00.1234567890Z", "2026-11-2xT07:10:00Z")) {
            assertThatThrownBy(() -> Column.utc(text)).as(text).isInstanceOf(DateTimeParseException.class);
        }
    }
}
