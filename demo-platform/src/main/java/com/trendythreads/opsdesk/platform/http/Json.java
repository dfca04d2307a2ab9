package com.trendythreads.opsdesk.platform.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.stream.Collectors;

/// The server's one ObjectMapper configuration, and body reading that turns bad JSON into a 400 problem
/// naming the position and field.
public final class Json {

    private Json() {}

    /// camelCase as declared, `Instant` as ISO-8601 strings, unknown properties rejected (a typo in a field
    /// name is a client bug the server should name, not silently drop). Absent values are left out rather
    /// than written as null: the contract's optional references (`Order.shipment`, …) are not nullable, and
    /// "absent = none" reads the same in every generated client.
    ///
    /// No type coercion when reading: Jackson by default turns `"priceCents": "100"` into 100, `1.5` into
    /// 1 and `"title": 5` into "5"; the contract says a number is a number, and a client sending something
    /// else has a bug the server should name (400), not hide. (An absent primitive record component still
    /// reads as 0: the admin `FaultConfig` relies on "absent = off", and contract DTOs use wrapper types.)
    public static ObjectMapper newMapper() {
        ObjectMapper m = JsonMapper.builder()
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build()
                .registerModule(new JavaTimeModule())
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        for (CoercionInputShape s : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            m.coercionConfigFor(LogicalType.Textual).setCoercion(s, CoercionAction.Fail);
            m.coercionConfigFor(LogicalType.Enum).setCoercion(s, CoercionAction.Fail);
        }
        return m;
    }

    /// Reads the request body as `type`. Every request body of the contract is a JSON object, so an empty
    /// body, a JSON `null` and any other non-object document are a 400 `malformed-json` naming the document
    /// (`errors[0].field` = `$`), as are malformed JSON and a wrongly typed or unknown field (naming it).
    public static <T> T read(Context ctx, ObjectMapper mapper, Class<T> type) {
        JsonNode tree = readTree(ctx, mapper);
        if (type.isInstance(tree)) {
            return type.cast(tree);
        }
        try {
            // From the text, not the tree, so a field error names its line and column.
            return mapper.readValue(ctx.body(), type);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
    }

    /// Reads the body as a JSON object tree (for PATCH merge semantics: absent ≠ null), with the checks of
    /// [#read].
    public static JsonNode readTree(Context ctx, ObjectMapper mapper) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiError.badRequest("malformed-json", "The request body is empty; a JSON object is required")
                    .withError("$", "is required");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        if (node == null || node.isNull()) {
            throw ApiError.badRequest("malformed-json", "The request body must be a JSON object, not null")
                    .withError("$", "must be a JSON object");
        }
        if (!node.isObject()) {
            throw ApiError.badRequest("malformed-json", "The request body must be a JSON object, not "
                    + (node.isArray() ? "an array" : "a " + node.getNodeType().name().toLowerCase(Locale.ROOT)))
                    .withError("$", "must be a JSON object");
        }
        return node;
    }

    /// Binds an already parsed body (a PATCH tree) to `type` with the same strictness; a wrong type → 400
    /// naming the field.
    public static <T> T convert(ObjectMapper mapper, JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonProcessingException j) {
                throw malformed(j);
            }
            throw e;
        }
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
