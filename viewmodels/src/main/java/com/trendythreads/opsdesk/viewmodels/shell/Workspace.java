package com.trendythreads.opsdesk.viewmodels.shell;

import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/// A workspace the shell can navigate to.
///
/// @param id       stable id (settings remember the last one; views map it to a screen)
/// @param titleKey resource bundle key of its name
/// @param allowed  whether a user may see it: [#mayCall] its list operation, or [#everyone()]
public record Workspace(String id, String titleKey, Predicate<SessionUser> allowed) {

    public Workspace {
        Objects.requireNonNull(id);
        Objects.requireNonNull(titleKey);
        Objects.requireNonNull(allowed);
    }

    public static Predicate<SessionUser> everyone() {
        return u -> true;
    }

    /// Visible to the users who may call one of `operationIds` (the contract's x-roles, see [SessionUser#may]).
    public static MayCall mayCall(String... operationIds) {
        return new MayCall(List.of(operationIds));
    }

    /// The visibility rule "may call this operation", kept as a value so the permission-matrix test can read
    /// which operation a workspace follows.
    public record MayCall(List<String> operationIds) implements Predicate<SessionUser> {

        public MayCall {
            operationIds = List.copyOf(operationIds);
            if (operationIds.isEmpty()) {
                throw new IllegalArgumentException("a workspace follows at least one operation");
            }
        }

        @Override
        public boolean test(SessionUser user) {
            return operationIds.stream().anyMatch(user::may);
        }
    }
}
