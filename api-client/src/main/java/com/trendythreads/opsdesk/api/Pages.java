package com.trendythreads.opsdesk.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/// Walks every page of a cursor-paginated endpoint, lazily: a page is fetched only when the
/// previous one has been consumed.
///
/// ```java
/// Stream<Product> all = Pages.items(cursor -> products.list(cursor, 500));
/// ```
public final class Pages {

    private Pages() {
    }

    /// The pages, starting with `fetch.apply(null)`.
    public static <T> Iterator<Page<T>> iterator(Function<String, Page<T>> fetch) {
        Objects.requireNonNull(fetch, "fetch");
        return new Iterator<>() {
            private String cursor;
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Page<T> next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                Page<T> page = fetch.apply(cursor);
                if (!page.hasNext()) {
                    done = true;
                } else if (page.nextCursor().equals(cursor)) {
                    // A server bug would otherwise make us loop forever.
                    throw new IllegalStateException("Pagination did not advance: cursor " + cursor + " repeated");
                }
                cursor = page.nextCursor();
                return page;
            }
        };
    }

    public static <T> Stream<Page<T>> pages(Function<String, Page<T>> fetch) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(fetch), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /// All items of all pages, in order.
    public static <T> Stream<T> items(Function<String, Page<T>> fetch) {
        return pages(fetch).flatMap(p -> p.items().stream());
    }

    /// Fetches everything into one page whose `changeToken` is the **first** page's: changes
    /// made while later pages were fetched are then replayed by the delta sync rather than
    /// missed (applying a change twice is harmless, versions are compared). Its `total` is the
    /// first page's too (what matched when the pull began).
    public static <T> Page<T> collect(Function<String, Page<T>> fetch) {
        List<T> items = new ArrayList<>();
        String changeToken = null;
        Long total = null;
        boolean first = true;
        for (Iterator<Page<T>> it = iterator(fetch); it.hasNext(); ) {
            Page<T> page = it.next();
            if (first) {
                changeToken = page.changeToken();
                total = page.total();
                first = false;
            }
            items.addAll(page.items());
        }
        return new Page<>(items, null, changeToken, total);
    }
}
