package com.trendythreads.opsdesk.platform.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Json;

/// Request bodies of the catalog and inventory, read with no type coercion.
///
/// Jackson by default turns `"priceCents": "100"` into 100 and `"title": 5` into "5"; the contract says
/// a number is a number, and a client sending a string there has a bug we should name (400), not hide.
public final class StrictJson {

    private final ObjectMapper mapper;

    public StrictJson(ObjectMapper serverMapper) {
        ObjectMapper m = serverMapper.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
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
        this.mapper = m;
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /// Parses `body` as `type`; malformed JSON, a wrong type or an unknown field → 400 naming the field.
    public <T> T read(String body, Class<T> type) {
        return convert(tree(body), type);
    }

    /// Parses `body` as a JSON object (PATCH bodies: absent and null differ).
    public JsonNode tree(String body) {
        if (body == null || body.isBlank()) {
            throw ApiError.badRequest("malformed-json", "The request body is empty; a JSON document is required")
                    .withError("$", "is required");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw Json.malformed(e);
        }
        if (node == null || !node.isObject()) {
            throw ApiError.badRequest("malformed-json", "The request body must be a JSON object")
                    .withError("$", "must be a JSON object");
        }
        return node;
    }

    /// Binds a parsed tree to `type` with the same strictness.
    public <T> T convert(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw Json.malformed(e);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonProcessingException j) {
                throw Json.malformed(j);
            }
            throw e;
        }
    }
}
