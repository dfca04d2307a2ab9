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
import org.jdbi.v3.core.Handle;

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
        json(ctx, deps.json(), read(ctx, deps, (h, cursor, limit, token) ->
                ListPage.read(h, table, filter, sort, cursor, limit, token)).map(view));
    }

    /// [#page] with every document as stored ([StoredDoc]): for a caller who may see all of it.
    public static void storedPage(Context ctx, DomainDeps deps, DocTable<?> table, Filter filter,
                                  DocTable.Sort sort) {
        json(ctx, deps.json(), read(ctx, deps, (h, cursor, limit, token) ->
                ListPage.readStored(h, table, filter, sort, cursor, limit, token)));
    }

    @FunctionalInterface
    private interface PageReader<P> {
        ListPage<P> read(Handle h, String cursor, int limit, String token);
    }

    /// The request's page by `reader`: its limit and cursor, the change token read first; a cursor this list did
    /// not give out is the client's error.
    private static <P> ListPage<P> read(Context ctx, DomainDeps deps, PageReader<P> reader) {
        int limit = Params.limit(ctx);
        String given = ctx.queryParam("cursor");
        String cursor = given == null || given.isEmpty() ? null : given;
        String token = deps.feed().currentChangeToken();
        try {
            return deps.jdbi().withHandle(h -> reader.read(h, cursor, limit, token));
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidParameter("cursor", "is not a cursor this list gave out");
        }
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
