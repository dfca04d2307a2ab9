package com.trendythreads.opsdesk.platform.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.util.stream.Collectors;

/// The server's one ObjectMapper configuration, and body reading that turns bad JSON into a 400 problem
/// naming the position and field.
public final class Json {

    private Json() {}

    /// camelCase as declared, `Instant` as ISO-8601 strings, unknown properties rejected (a typo in a field
    /// name is a client bug the server should name, not silently drop). Absent values are left out rather
    /// than written as null: the contract's optional references (`Order.shipment`, …) are not nullable, and
    /// "absent = none" reads the same in every generated client.
    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /// Reads the request body as `type`; malformed JSON or a wrongly typed field → 400 `malformed-json`.
    public static <T> T read(Context ctx, ObjectMapper mapper, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiError.badRequest("malformed-json", "The request body is empty; a JSON document is required");
        }
        try {
            return mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /// Reads the body as a tree (for PATCH merge semantics: absent ≠ null).
    public static JsonNode readTree(Context ctx, ObjectMapper mapper) {
        JsonNode node = read(ctx, mapper, JsonNode.class);
        if (!node.isObject()) {
            throw ApiError.badRequest("malformed-json", "The request body must be a JSON object");
        }
        return node;
    }

    /// Maps a Jackson failure to a 400 problem: `detail` names line/column, `errors[0].field` the JSON path.
    public static ApiError malformed(JacksonException e) {
        String field = "$";
        if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            field = jme.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        JsonLocation loc = e.getLocation();
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String reason = e instanceof UnrecognizedPropertyException u
                ? "unknown field '" + u.getPropertyName() + "'"
                : e.getOriginalMessage();
        return ApiError.badRequest("malformed-json", "Malformed JSON" + where + ": " + reason)
                .withError(field, reason);
    }
}
