package com.trendythreads.opsdesk.api.auth;

import java.util.List;

/// `GET /v1/me`: who is signed in and what they may do.
///
/// @param roles          role names (MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN)
/// @param homeLocationId e.g. `WH-BER` for warehouse staff, else `null`
/// @param permissions    the contract `operationId`s this user may call
public record Me(String id, String username, String displayName, List<String> roles, String homeLocationId,
        List<String> permissions) {

    public Me {
        roles = roles == null ? List.of() : List.copyOf(roles);
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /// Whether the user may call the operation with this `operationId`.
    public boolean can(String operationId) {
        return permissions.contains(operationId);
    }
}
