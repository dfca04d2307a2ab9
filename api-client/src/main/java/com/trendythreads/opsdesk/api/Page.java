package com.trendythreads.opsdesk.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/// One page of a cursor-paginated list (`?cursor=&limit=`).
///
/// @param items       the page's items, never null (an absent list reads as empty)
/// @param nextCursor  pass as `cursor` to get the next page; `null` on the last page
/// @param changeToken where a delta sync (`/v1/changes?since=`) continues after a full pull
/// @param total       how many items match the request's filters over all pages; sent on the first
///                    page only (a request without `cursor`), `null` on later pages and from a
///                    platform that does not send it
public record Page<T>(List<T> items, String nextCursor, String changeToken, Long total) {

    @JsonCreator
    public Page {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /// A page without `total` (a later page, or a platform that does not count).
    public Page(List<T> items, String nextCursor, String changeToken) {
        this(items, nextCursor, changeToken, null);
    }

    public boolean hasNext() {
        return nextCursor != null && !nextCursor.isEmpty();
    }
}
