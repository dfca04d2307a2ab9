package com.trendythreads.opsdesk.cache.store;

import java.util.Set;

/// Rows of one local table changed in a committed write.
///
/// @param table the local table (see [ResourceType#table()])
/// @param ids   the ids of the changed rows (empty when `all`)
/// @param all   the whole table may have changed (a purge, a full reload): re-read everything
public record TableChange(String table, Set<String> ids, boolean all) {

    public TableChange {
        ids = Set.copyOf(ids);
    }

    public boolean touches(String id) {
        return all || ids.contains(id);
    }
}
