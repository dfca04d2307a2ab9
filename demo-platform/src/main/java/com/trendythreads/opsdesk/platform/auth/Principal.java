package com.trendythreads.opsdesk.platform.auth;

import java.util.Collection;
import java.util.Set;

/// The authenticated caller of a `/v1` request; read it in a handler with `Principal.of(ctx)`.
public record Principal(String userId, String username, String displayName, Set<Role> roles, String homeLocationId) {

    /// The identity of writes the platform makes itself (simulator, maintenance).
    public static final Principal SYSTEM =
            new Principal("usr_system", "system", "Demo platform", Set.of(Role.ADMIN), null);

    public Principal {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Collection<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }

    /// The caller of the current request, set by the pipeline after the bearer check.
    /// Throws on public or admin operations, where there is none.
    public static Principal of(io.javalin.http.Context ctx) {
        Principal p = ctx.attribute(ATTRIBUTE);
        if (p == null) throw new IllegalStateException("No authenticated principal on " + ctx.path());
        return p;
    }

    public static final String ATTRIBUTE = "opsdesk.principal";
}
