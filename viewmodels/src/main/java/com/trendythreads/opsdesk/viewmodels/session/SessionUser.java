package com.trendythreads.opsdesk.viewmodels.session;

import java.util.List;
import java.util.Set;

/// Who is signed in: from `/v1/me` online, from the last online sign-in when offline.
///
/// @param permissions the contract operationIds the user may call (empty when signed in offline)
public record SessionUser(String username, String displayName, List<String> roles, Set<String> permissions) {

    public SessionUser {
        roles = List.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public String primaryRole() {
        return roles.isEmpty() ? "" : roles.getFirst();
    }
}
