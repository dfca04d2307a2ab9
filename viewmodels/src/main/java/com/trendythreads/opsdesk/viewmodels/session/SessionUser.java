package com.trendythreads.opsdesk.viewmodels.session;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/// Who is signed in: from `/v1/me` online, from the last online sign-in when offline.
///
/// @param permissions the contract operationIds the user may call (offline: as remembered from the last
///                    online sign-in, see [KnownUsers])
public record SessionUser(String username, String displayName, List<String> roles, Set<String> permissions) {

    public SessionUser {
        roles = List.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /// Whether the user may call the contract operation with this `operationId` (e.g. `updateProduct`),
    /// so a screen can offer only the actions the platform would accept.
    public boolean may(String operationId) {
        return permissions.contains(operationId);
    }

    /// Whether the user may call `operationId`: from the permissions of `/v1/me`, or, when a session signed in
    /// offline remembers none, from `contractRoles` (the operation's x-roles in the contract).
    public boolean may(String operationId, Collection<String> contractRoles) {
        if (!permissions.isEmpty()) {
            return may(operationId);
        }
        return roles.stream().anyMatch(contractRoles::contains);
    }

    public String primaryRole() {
        return roles.isEmpty() ? "" : roles.getFirst();
    }
}
