package com.trendythreads.opsdesk.platform.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/// Query parameter parsing that answers 400 naming the parameter instead of failing deep in domain code.
public final class Params {

    /// The contract's usual page size rule (`components/parameters/Limit`), for an operation that does
    /// not declare its own.
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private Params() {}

    /// `?limit=` with the bounds and default the contract declares for the operation being served (most
    /// lists: 1..500, default 100; the change feed: 1..1000, default 500), else 1..500, default 100.
    public static int limit(Context ctx) {
        Operation op = ctx.attribute(OperationPipeline.OPERATION_ATTRIBUTE);
        Optional<Operation.QueryParam> declared = op == null ? Optional.empty() : op.queryParam("limit");
        return intParam(ctx, "limit",
                declared.map(Operation.QueryParam::defaultValue).map(Math::toIntExact).orElse(DEFAULT_LIMIT),
                declared.map(Operation.QueryParam::minimum).map(Math::toIntExact).orElse(1),
                declared.map(Operation.QueryParam::maximum).map(Math::toIntExact).orElse(MAX_LIMIT));
    }

    public static int intParam(Context ctx, String name, int defaultValue, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) return defaultValue;
        int value;
        try {
            value = Integer.parseInt(raw);
        } catch (NumberFormatException e) {
            throw ApiError.invalidParameter(name, "must be an integer");
        }
        if (value < min || value > max) {
            throw ApiError.invalidParameter(name, "must be between " + min + " and " + max);
        }
        return value;
    }

    /// An enum query parameter, matched case-insensitively against the constant names (the contract spells
    /// enum values in lower or upper case; `in_stock` matches `IN_STOCK`). Unknown value → 400 naming it.
    public static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) return null;
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(raw.replace('-', '_'))) return constant;
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        throw ApiError.invalidParameter(name, "must be one of: " + allowed);
    }

    // RFC 3339 `date-time`, as the contract says: seconds are required (ISO-8601 alone would allow `T19:51+02:00`).
    private static final java.util.regex.Pattern RFC3339 =
            java.util.regex.Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$");

    /// A `date-time` query parameter (RFC 3339 with an offset, `2026-01-31T00:00:00Z`), null when absent or
    /// blank; anything else → 400 naming it.
    public static Instant instant(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return null;
        try {
            if (!RFC3339.matcher(raw.strip()).matches()) {
                throw new DateTimeParseException("not RFC 3339", raw, 0);
            }
            return OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiError.invalidParameter(name, "must be an ISO-8601 date-time like 2026-01-31T00:00:00Z");
        }
    }
}
