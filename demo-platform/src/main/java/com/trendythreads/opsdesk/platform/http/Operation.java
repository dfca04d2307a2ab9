package com.trendythreads.opsdesk.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.Role;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/// One path × method of the contract.
///
/// @param roles     `x-roles`; empty means any authenticated user
/// @param isPublic  `security: []` — no bearer token required
/// @param raw       the operation's YAML node, for extensions domain code may read (e.g. `x-pii-roles`)
public record Operation(String operationId, HandlerType method, String path, boolean isPublic, Set<Role> roles,
                        List<QueryParam> queryParams, JsonNode raw) {

    /// A query parameter the pipeline checks before the handler runs (enum membership, integer range).
    /// `commaSeparated`: an array sent as one `a,b,c` value (style form, explode false). `defaultValue` is
    /// the schema's integer `default`, if any.
    public record QueryParam(String name, boolean required, String type, List<String> enumValues, Long minimum,
                             Long maximum, Long defaultValue, boolean commaSeparated) {}

    /// The query parameter `name` as the contract declares it for this operation.
    public Optional<QueryParam> queryParam(String name) {
        return queryParams.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public boolean isAdmin() {
        return path.startsWith("/admin/") || path.equals("/admin");
    }

    public boolean isStateChanging() {
        return method.equals(HandlerType.POST) || method.equals(HandlerType.PUT) || method.equals(HandlerType.PATCH)
                || method.equals(HandlerType.DELETE);
    }

    /// Whether `principal` may call this operation (what `GET /v1/me` lists as permissions).
    public boolean allows(Principal principal) {
        return isPublic || roles.isEmpty() || principal.hasAnyRole(roles);
    }
}
