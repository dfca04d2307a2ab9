package com.trendythreads.opsdesk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/// The one place where Ops Desk configures Jackson, shared by the client and the demo platform.
///
/// - `java.time` types as ISO-8601 strings (`Instant` → `2025-03-01T10:15:30Z`,
///   `LocalDate` → `2025-03-01`), never numeric timestamps.
/// - Records work out of the box (Jackson 2.12+), constructor parameter names come from
///   `-parameters` or the record components.
/// - [#mapper()] is **lenient on read**: unknown properties are ignored and unknown enum
///   constants fall back to a `@JsonEnumDefaultValue` constant when the enum declares one, so an
///   older client keeps working when the platform adds fields. [#strict()] fails on both, for
///   tests and for a server that wants to reject unknown input.
/// - Nulls: [#mapper()] **writes nulls** (`"nextCursor": null`, `"data": null`), because the
///   contract documents them as present-and-null. [#requestMapper()] **omits nulls**: the client
///   sends `PATCH` bodies with JSON merge semantics where an absent field means "unchanged" and an
///   explicit `null` would mean "clear it"; omitting nulls means a partially filled patch record
///   can never clear a field by accident. To clear a field on purpose, send an `ObjectNode` with
///   an explicit null.
public final class Json {

    private Json() {
    }

    /// Lenient reader, null-writing mapper: the default for responses and general use.
    public static ObjectMapper mapper() {
        return builder(false).build();
    }

    /// Like [#mapper()] but fails on unknown properties, unknown enum values, `null` for
    /// primitives and trailing tokens. Use it in tests to prove a DTO matches the contract.
    public static ObjectMapper strict() {
        return builder(true).build();
    }

    /// Like [#mapper()] but leaves `null` fields out of what it writes; the client uses it for
    /// request bodies (see the class comment on merge-patch semantics).
    public static ObjectMapper requestMapper() {
        return builder(false).serializationInclusion(JsonInclude.Include.NON_NULL).build();
    }

    /// The shared configuration as a builder, for a caller that needs to add modules or features.
    public static JsonMapper.Builder builder(boolean strict) {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
                .configure(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE, !strict)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, strict)
                .configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
    }
}
