package com.trendythreads.opsdesk.platform.http;

import io.javalin.http.Context;
import java.util.function.Supplier;

/// Strong ETags `"<version>"` and the `If-Match` rules of docs/platform.md.
public final class Etags {

    private Etags() {}

    public static String format(long version) {
        return "\"" + version + "\"";
    }

    /// Sets `ETag` on a single-resource response.
    public static void set(Context ctx, long version) {
        ctx.header("ETag", format(version));
    }

    /// For PATCH/PUT: `If-Match` must be present (else 428) and name `currentVersion` (else 412 carrying
    /// `currentVersion` and `current`, the resource as it is now). Call it inside the write function, after
    /// reading the row, so the check and the update happen under the write lock.
    public static void requireIfMatch(Context ctx, long currentVersion, Supplier<Object> current) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiError(428, "precondition-required", "Precondition required",
                    "This update requires an If-Match header with the version you edited (ETag \"<version>\")")
                    .withError("If-Match", "is required");
        }
        check(ifMatch, currentVersion, current);
    }

    /// For actions (`POST /v1/things/{id}/verb`): checks `If-Match` only when the client sent one.
    public static void checkIfMatch(Context ctx, long currentVersion, Supplier<Object> current) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch != null && !ifMatch.isBlank()) check(ifMatch, currentVersion, current);
    }

    private static void check(String ifMatch, long currentVersion, Supplier<Object> current) {
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(format(currentVersion))) return;
            if (!tag.matches("\"\\d+\"")) {
                throw ApiError.badRequest("invalid-header", "If-Match must be a strong ETag like \"3\", got " + tag)
                        .withError("If-Match", "is not a valid ETag");
            }
        }
        throw new ApiError(412, "precondition-failed", "Precondition failed",
                "The resource has changed since you read it: it is at version " + currentVersion)
                .with("currentVersion", currentVersion)
                .with("current", current.get())
                .withHeader("ETag", format(currentVersion));
    }
}
