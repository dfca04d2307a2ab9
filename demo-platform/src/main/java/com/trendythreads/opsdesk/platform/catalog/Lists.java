package com.trendythreads.opsdesk.platform.catalog;

import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.changes.ResourcePolicy;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.ContractSpec;
import com.trendythreads.opsdesk.platform.http.Operation;
import java.util.Set;
import java.util.function.Supplier;

/// Helpers the catalog and inventory list and policy code share.
public final class Lists {

    private Lists() {
    }

    /// Runs a keyset page read, turning a cursor this list did not give out into 400 naming `cursor`.
    public static <T> T withCursor(Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidParameter("cursor", "is not a cursor this list gave out");
        }
    }

    /// Escapes `%`, `_` and `!` for `LIKE … ESCAPE '!'` (not backslash: Jdbi's parser reads `'\'` as an
    /// escaped quote).
    public static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /// Who may read a change-feed resource: the roles of its list operation's `x-roles`, so the feed and the
    /// list can never disagree.
    public static ResourcePolicy readersOf(ContractSpec spec, String listOperationId) {
        Operation op = spec.operation(listOperationId)
                .orElseThrow(() -> new IllegalStateException("The contract has no operation " + listOperationId));
        Set<Role> roles = op.roles();
        return roles.isEmpty() ? ResourcePolicy.readableByAll() : ResourcePolicy.readableBy(roles);
    }
}
