package com.trendythreads.opsdesk.viewmodels.session;

import com.trendythreads.opsdesk.api.rules.Permissions;
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

    /// Whether the user may call the contract operation with this `operationId` (e.g. `updateProduct`), so a
    /// screen offers only the actions the platform would accept: the permissions of `/v1/me` (online, or as
    /// remembered from the last online sign-in), else the contract's matrix for the user's roles
    /// ([Permissions], the same `x-roles` the platform enforces). The one permission check of the desk.
    public boolean may(String operationId) {
        if (!permissions.isEmpty()) {
            return permissions.contains(operationId);
        }
        return Permissions.contract().allows(roles, operationId);
    }

    public String primaryRole() {
        return roles.isEmpty() ? "" : roles.getFirst();
    }
}
