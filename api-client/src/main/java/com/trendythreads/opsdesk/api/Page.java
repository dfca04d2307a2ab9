package com.trendythreads.opsdesk.api;

import java.util.List;

/// One page of a cursor-paginated list (`?cursor=&limit=`).
///
/// @param items       the page's items, never null (an absent list reads as empty)
/// @param nextCursor  pass as `cursor` to get the next page; `null` on the last page
/// @param changeToken where a delta sync (`/v1/changes?since=`) continues after a full pull
public record Page<T>(List<T> items, String nextCursor, String changeToken) {

    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasNext() {
        return nextCursor != null && !nextCursor.isEmpty();
    }
}
