package com.trendythreads.opsdesk.viewmodels.shell;

import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.util.Objects;
import java.util.function.Predicate;

/// A workspace the shell can navigate to.
///
/// @param id       stable id (settings remember the last one; views map it to a screen)
/// @param titleKey resource bundle key of its name
/// @param allowed  whether a user may see it (by roles or permitted operations)
public record Workspace(String id, String titleKey, Predicate<SessionUser> allowed) {

    public Workspace {
        Objects.requireNonNull(id);
        Objects.requireNonNull(titleKey);
        Objects.requireNonNull(allowed);
    }

    public static Predicate<SessionUser> everyone() {
        return u -> true;
    }

    public static Predicate<SessionUser> anyRole(String... roles) {
        return u -> java.util.Arrays.stream(roles).anyMatch(u::hasRole);
    }
}
