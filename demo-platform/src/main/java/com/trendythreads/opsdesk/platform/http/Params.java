package com.trendythreads.opsdesk.platform.http;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/// Query parameter parsing that answers 400 naming the parameter instead of failing deep in domain code.
public final class Params {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private Params() {}

    /// `?limit=` with the contract's rule: 1..500, default 100.
    public static int limit(Context ctx) {
        return intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
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
}
