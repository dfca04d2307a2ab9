package com.trendythreads.opsdesk.platform.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;

/// The wire shape of every `XxxPage` schema of the contract: `{items, nextCursor, changeToken, total}`.
///
/// `total` is the number of items matching the request's filters. It is sent on the first page only (a
/// request without `cursor`) and left out on later pages, so a client pulling a big list pays one
/// `COUNT` per pull, not one per page. It is counted when the first page is read; what changes during the
/// pull reaches the client through the delta sync from `changeToken`. `nextCursor` is null (left out) on the
/// last page; it holds only the position, so a client sends the same filters with every page.
///
/// @param items       the page's items, as they go on the wire
/// @param nextCursor  the next page's cursor, null on the last page
/// @param changeToken where a delta sync continues after the full pull; read BEFORE the page
/// @param total       matching items over all pages, on the first page only
public record ListPage<T>(List<T> items, String nextCursor, String changeToken,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Long total) {

    /// The page of `slice`. `count` runs only for a first page (`cursorGiven` false); it must count
    /// exactly what the slice's filter matches.
    public static <T> ListPage<T> of(DocTable.Slice<T> slice, String changeToken, boolean cursorGiven,
                                     LongSupplier count) {
        return new ListPage<>(slice.items(), slice.nextCursor(), changeToken,
                cursorGiven ? null : count.getAsLong());
    }

    /// A page of `table` under `filter` after `cursor` (null for the first page), with `total` on the first
    /// page, both read through the same handle.
    ///
    /// @throws IllegalArgumentException when the cursor was not made by this table and sort
    public static <T> ListPage<T> read(Handle h, DocTable<T> table, Filter filter, DocTable.Sort sort, String cursor,
                                       int limit, String changeToken) {
        DocTable.Slice<T> slice = table.page(h, filter, sort, cursor, limit);
        return of(slice, changeToken, cursor != null, () -> table.count(h, filter));
    }

    /// [#read] with each item as its stored document, passed on as it is ([StoredDoc]): only for callers
    /// who may see every field of it.
    ///
    /// @throws IllegalArgumentException when the cursor was not made by this table and sort
    public static ListPage<StoredDoc> readStored(Handle h, DocTable<?> table, Filter filter, DocTable.Sort sort,
                                                 String cursor, int limit, String changeToken) {
        DocTable.Slice<StoredDoc> slice = table.storedPage(h, filter, sort, cursor, limit);
        return of(slice, changeToken, cursor != null, () -> table.count(h, filter));
    }

    /// The same page with each item turned into its wire form (e.g. PII-masked for the caller).
    public <R> ListPage<R> map(Function<? super T, ? extends R> view) {
        return new ListPage<>(items.stream().<R>map(view).toList(), nextCursor, changeToken, total);
    }
}
