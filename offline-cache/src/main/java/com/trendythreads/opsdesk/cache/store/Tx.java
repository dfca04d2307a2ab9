package com.trendythreads.opsdesk.cache.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/// One write transaction of the cache: its Jdbi [Handle] and the changes to announce after COMMIT.
///
/// Whoever writes a row says so with [#changed] or [#changedAll]; the changes reach the [ChangeBus]
/// only when the transaction commits, never on rollback.
public final class Tx {

    private final Handle handle;
    private final Map<String, Set<String>> ids = new LinkedHashMap<>();
    private final Set<String> all = new LinkedHashSet<>();

    Tx(Handle handle) {
        this.handle = handle;
    }

    /// The handle of this transaction; do not commit, roll back or close it.
    public Handle handle() {
        return handle;
    }

    /// Rows `ids` of `table` changed (upserted or deleted).
    public void changed(String table, Collection<String> ids) {
        if (!all.contains(table)) {
            this.ids.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(ids);
        }
    }

    /// Any row of `table` may have changed.
    public void changedAll(String table) {
        all.add(table);
        ids.remove(table);
    }

    List<TableChange> collected() {
        List<TableChange> out = new java.util.ArrayList<>();
        ids.forEach((table, set) -> {
            if (!set.isEmpty()) {
                out.add(new TableChange(table, set, false));
            }
        });
        all.forEach(table -> out.add(new TableChange(table, Set.of(), true)));
        return out;
    }
}
