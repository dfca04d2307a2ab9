package com.trendythreads.opsdesk.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.trendythreads.opsdesk.platform.auth.Role;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// The operations of an OpenAPI 3.0 document: operationId, method, path, `x-roles`, `security`, and the
/// query parameters worth checking generically. Only what routing and permissions need is read.
public final class ContractSpec {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final Map<String, Operation> byId;
    private final JsonNode info;
    private String text;

    private ContractSpec(Map<String, Operation> byId, JsonNode info) {
        this.byId = byId;
        this.info = info;
    }

    /// The document's `info` object (e.g. its `x-pii-roles`), read once with the rest of it.
    public JsonNode info() {
        return info;
    }

    /// The document as loaded, for validators that read it themselves; empty when parsed from a tree.
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /// Loads the document from the classpath (e.g. `openapi.yaml`, which the api-client jar carries).
    public static ContractSpec load(String classpathResource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("OpenAPI document '" + classpathResource + "' is not on the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            ContractSpec spec = parse(new ObjectMapper(new YAMLFactory()).readTree(text));
            spec.text = text;
            return spec;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenAPI document " + classpathResource, e);
        }
    }

    static ContractSpec parse(JsonNode root) {
        boolean rootPublic = isPublicSecurity(root.get("security"));
        Map<String, Operation> ops = new LinkedHashMap<>();
        root.path("paths").properties().forEach(pathEntry -> {
            String path = pathEntry.getKey();
            JsonNode pathItem = pathEntry.getValue();
            for (String method : METHODS) {
                JsonNode op = pathItem.get(method);
                if (op == null) continue;
                String id = op.path("operationId").asText(null);
                if (id == null) {
                    throw new IllegalStateException(method.toUpperCase(Locale.ROOT) + " " + path + " has no operationId");
                }
                boolean isPublic = op.has("security") ? isPublicSecurity(op.get("security")) : rootPublic;
                List<Operation.QueryParam> params = new ArrayList<>();
                collectQueryParams(root, pathItem.path("parameters"), params);
                collectQueryParams(root, op.path("parameters"), params);
                Operation operation = new Operation(id, HandlerType.findOrCreate(method.toUpperCase(Locale.ROOT)), path,
                        isPublic, roles(id, op.get("x-roles")), List.copyOf(params), op);
                if (ops.putIfAbsent(id, operation) != null) {
                    throw new IllegalStateException("operationId '" + id + "' is declared twice");
                }
            }
        });
        return new ContractSpec(ops, root.path("info"));
    }

    /// `security: []` (or a list holding only `{}`) means no credentials.
    private static boolean isPublicSecurity(JsonNode security) {
        if (security == null || !security.isArray()) return false;
        for (JsonNode requirement : security) {
            if (requirement.isObject() && requirement.isEmpty()) return true;
        }
        return security.isEmpty();
    }

    private static Set<Role> roles(String id, JsonNode xRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (xRoles == null) return roles;
        for (JsonNode r : xRoles) {
            try {
                roles.add(Role.valueOf(r.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Operation '" + id + "' names unknown role '" + r.asText() + "' in x-roles", e);
            }
        }
        return roles;
    }

    private static void collectQueryParams(JsonNode root, JsonNode parameters, List<Operation.QueryParam> out) {
        for (JsonNode p : parameters) {
            JsonNode param = resolve(root, p);
            if (!"query".equals(param.path("in").asText())) continue;
            JsonNode schema = resolve(root, param.path("schema"));
            boolean commaSeparated = false;
            if ("array".equals(schema.path("type").asText())) {
                commaSeparated = !param.path("explode").asBoolean(true);
                schema = resolve(root, schema.path("items"));
            }
            List<String> enumValues = new ArrayList<>();
            schema.path("enum").forEach(v -> enumValues.add(v.asText()));
            String name = param.path("name").asText();
            out.removeIf(existing -> existing.name().equals(name)); // operation-level overrides path-level
            out.add(new Operation.QueryParam(name, param.path("required").asBoolean(false),
                    schema.path("type").asText(null), List.copyOf(enumValues),
                    schema.has("minimum") ? schema.get("minimum").asLong() : null,
                    schema.has("maximum") ? schema.get("maximum").asLong() : null,
                    schema.path("default").isIntegralNumber() ? schema.get("default").asLong() : null,
                    commaSeparated));
        }
    }

    /// Follows local `$ref`s (`#/components/...`); external refs are not used by the contract.
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        int hops = 0;
        while (node.has("$ref") && hops++ < 10) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) throw new IllegalStateException("Only local $refs are supported: " + ref);
            node = root.at(ref.substring(1));
        }
        return node;
    }

    /// Operations in routing order: literal segments before templated ones, so `/v1/changes/token`
    /// would win over `/v1/changes/{id}` as OpenAPI prescribes.
    public List<Operation> operations() {
        return byId.values().stream()
                .sorted(Comparator.comparingLong((Operation o) -> o.path().chars().filter(ch -> ch == '{').count()))
                .toList();
    }

    public Optional<Operation> operation(String operationId) {
        return Optional.ofNullable(byId.get(operationId));
    }

    public Set<String> operationIds() {
        return byId.keySet();
    }
}
