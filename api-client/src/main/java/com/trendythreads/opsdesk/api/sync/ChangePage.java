package com.trendythreads.opsdesk.api.sync;

import java.util.List;

/// One page of `GET /v1/changes`.
///
/// @param changes   in feed order
/// @param nextToken pass as `since` for the next page (and store it once the page is applied)
/// @param hasMore   whether another page is waiting right now
public record ChangePage(List<Change> changes, String nextToken, boolean hasMore) {

    public ChangePage {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }
}
