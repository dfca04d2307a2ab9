package com.trendythreads.opsdesk.platform.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.Role;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Set;

/// One path × method of the contract.
///
/// @param roles     `x-roles`; empty means any authenticated user
/// @param isPublic  `security: []` — no bearer token required
/// @param raw       the operation's YAML node, for extensions domain code may read (e.g. `x-pii-roles`)
public record Operation(String operationId, HandlerType method, String path, boolean isPublic, Set<Role> roles,
                        List<QueryParam> queryParams, JsonNode raw) {

    /// A query parameter the pipeline checks before the handler runs (enum membership, integer range).
    public record QueryParam(String name, boolean required, String type, List<String> enumValues, Long minimum,
                             Long maximum) {}

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
