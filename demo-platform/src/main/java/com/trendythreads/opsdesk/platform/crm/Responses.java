package com.trendythreads.opsdesk.platform.crm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Etags;
import com.trendythreads.opsdesk.platform.http.Params;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.store.Filter;
import com.trendythreads.opsdesk.platform.store.ListPage;
import com.trendythreads.opsdesk.platform.store.StoredDoc;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.function.Function;

/// Reading answers of the campaign, CRM and analytics handlers: single resources with their ETag and
/// cursor pages with the change token read before the page.
public final class Responses {

    private Responses() {
    }

    public static void json(Context ctx, ObjectMapper json, Object body) {
        try {
            ctx.status(200).contentType("application/json").result(json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// A single resource: 200 with `ETag: "<version>"`.
    public static void single(Context ctx, ObjectMapper json, Object body, long version) {
        Etags.set(ctx, version);
        json(ctx, json, body);
    }

    /// One page of `table` under `filter`, with `total` on the first page. The change token is read before the page, so a change that
    /// commits while the client pulls is delivered again by the delta instead of being missed.
    public static <T> void page(Context ctx, DomainDeps deps, DocTable<T> table, Filter filter, DocTable.Sort sort,
                                Function<? super T, ?> view) {
        int limit = Params.limit(ctx);
        String cursor = ctx.queryParam("cursor");
        if (cursor != null && cursor.isEmpty()) {
            cursor = null;
        }
        String token = deps.feed().currentChangeToken();
        ListPage<T> page;
        try {
            String c = cursor;
            page = deps.jdbi().withHandle(h -> ListPage.read(h, table, filter, sort, c, limit, token));
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidParameter("cursor", "is not a cursor this list gave out");
        }
        json(ctx, deps.json(), page.map(view));
    }

    /// [#page] with every document as stored ([StoredDoc]): for a caller who may see all of it.
    public static void storedPage(Context ctx, DomainDeps deps, DocTable<?> table, Filter filter,
                                  DocTable.Sort sort) {
        int limit = Params.limit(ctx);
        String cursor = ctx.queryParam("cursor");
        if (cursor != null && cursor.isEmpty()) {
            cursor = null;
        }
        String token = deps.feed().currentChangeToken();
        ListPage<StoredDoc> page;
        try {
            String c = cursor;
            page = deps.jdbi().withHandle(h -> ListPage.readStored(h, table, filter, sort, c, limit, token));
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidParameter("cursor", "is not a cursor this list gave out");
        }
        json(ctx, deps.json(), page);
    }

    /// The LIKE escape character of [#likeEscape] (not a backslash: Jdbi's statement parser reads `'\'` as
    /// an escaped quote).
    public static final String LIKE_ESCAPE = "ESCAPE '!'";

    /// `%`, `_` and the escape character itself stand for themselves in a LIKE pattern built from user input;
    /// use with [#LIKE_ESCAPE].
    public static String likeEscape(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
