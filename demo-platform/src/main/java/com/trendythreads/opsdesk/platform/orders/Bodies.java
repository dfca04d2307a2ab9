package com.trendythreads.opsdesk.platform.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Json;
import io.javalin.http.Context;

/// Request bodies of this domain's actions: [Json#read], plus a JSON `null` document (Jackson reads it as a
/// null record, which would reach the services as a NullPointerException, a 500) and an empty body, both
/// answered 400 with an `errors[]` entry naming the document (`$`).
public final class Bodies {

    private Bodies() {
    }

    public static <T> T read(Context ctx, ObjectMapper json, Class<T> type) {
        if (ctx.body().isBlank()) {
            throw ApiError.badRequest("malformed-json", "The request body is empty; a JSON object is required")
                    .withError("$", "is required");
        }
        T body = Json.read(ctx, json, type);
        if (body == null) {
            throw ApiError.badRequest("malformed-json", "The request body must be a JSON object, not null")
                    .withError("$", "must be a JSON object");
        }
        return body;
    }
}
