package com.trendythreads.opsdesk.platform.catalog;

import com.trendythreads.opsdesk.platform.http.ApiError;
import java.util.function.Supplier;

/// Helpers the catalog and inventory lists share.
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
}
