package com.trendythreads.opsdesk.platform.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductCreate;
import com.trendythreads.opsdesk.api.dto.catalog.ProductPatch;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.TokenService;
import com.trendythreads.opsdesk.platform.changes.ChangeFeed;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Etags;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Params;
import com.trendythreads.opsdesk.platform.http.Validation;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.store.Filter;
import com.trendythreads.opsdesk.platform.store.ListPage;
import com.trendythreads.opsdesk.platform.writes.StoredResponse;
import com.trendythreads.opsdesk.platform.writes.WriteResult;
import com.trendythreads.opsdesk.platform.writes.Writes;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/// HTTP handlers of the catalog operations (PIM). Reads go straight to the database; every write goes
/// through [Writes] (lock, transaction, idempotency, change feed).
final class CatalogHandlers {

    private final Jdbi jdbi;
    private final Writes writes;
    private final ChangeFeed changes;
    private final CatalogStore store;
    private final ProductService products;
    private final MediaFiles files;
    private final ObjectMapper json;

    CatalogHandlers(Jdbi jdbi, Writes writes, ChangeFeed changes, CatalogStore store, ProductService products,
                    MediaFiles files, ObjectMapper json) {
        this.jdbi = jdbi;
        this.writes = writes;
        this.changes = changes;
        this.store = store;
        this.products = products;
        this.files = files;
        this.json = json;
    }

    void listCategories(Context ctx) {
        int limit = Params.limit(ctx);
        String cursor = ctx.queryParam("cursor");
        String token = changes.currentChangeToken();
        ctx.json(Lists.withCursor(() -> jdbi.withHandle(h ->
                ListPage.read(h, store.categories(), Filter.all(), DocTable.Sort.BY_ID, cursor, limit, token))));
    }

    void listProducts(Context ctx) {
        int limit = Params.limit(ctx);
        String cursor = ctx.queryParam("cursor");
        ProductStatus status = Params.enumParam(ctx, "status", ProductStatus.class);
        Channel channel = Params.enumParam(ctx, "channel", Channel.class);
        String q = ctx.queryParam("q");
        Filter filter = Filter.all()
                .eq("status", status)
                .eq("category_id", blankToNull(ctx.queryParam("categoryId")))
                .eq("brand", blankToNull(ctx.queryParam("brand")))
                .eq("season", blankToNull(ctx.queryParam("season")));
        if (q != null && !q.isBlank()) {
            String term = q.strip();
            filter.where(true, "LOWER(title) LIKE :q_text ESCAPE '!' OR LOWER(brand) LIKE :q_text ESCAPE '!'"
                            + " OR id IN (SELECT product_id FROM skus WHERE sku LIKE :q_key ESCAPE '!'"
                            + " OR ean LIKE :q_key ESCAPE '!')",
                    Map.of("q_text", "%" + Lists.likeEscape(term.toLowerCase(Locale.ROOT)) + "%",
                            "q_key", Lists.likeEscape(term.toUpperCase(Locale.ROOT)) + "%"));
        }
        if (channel != null) {
            channelFilter(filter, channel);
        }
        String token = changes.currentChangeToken();
        ctx.json(Lists.withCursor(() -> jdbi.withHandle(h ->
                ListPage.readStored(h, store.products(), filter, DocTable.Sort.BY_ID, cursor, limit, token))));
    }

    void getProduct(Context ctx) {
        String id = ctx.pathParam("productId");
        Product p = jdbi.withHandle(h -> store.products().find(h, id))
                .orElseThrow(() -> ApiError.notFound("No product " + id));
        Etags.set(ctx, p.version());
        ctx.json(p);
    }

    void createProduct(Context ctx) {
        ProductCreate body = Json.read(ctx, json, ProductCreate.class);
        writes.execute(ctx, tx -> {
            Product p = products.create(tx, body);
            return WriteResult.created(p, "/v1/products/" + p.id()).withEtag(p.version());
        });
    }

    void updateProduct(Context ctx) {
        String id = ctx.pathParam("productId");
        JsonNode patch = Json.readTree(ctx, json);
        Json.convert(json, patch, ProductPatch.class);
        writes.execute(ctx, tx -> {
            Product cur = products.require(tx, id);
            Etags.requireIfMatch(ctx, cur.version(), () -> cur);
            Product next = products.update(tx, cur, patch);
            return WriteResult.ok(next).withEtag(next.version());
        });
    }

    void deleteProduct(Context ctx) {
        String id = ctx.pathParam("productId");
        writes.execute(ctx, tx -> {
            Product cur = products.require(tx, id);
            Etags.requireIfMatch(ctx, cur.version(), () -> cur);
            products.delete(tx, cur);
            return WriteResult.noContent();
        });
    }

    /// Multipart upload. The bytes are checked and written to disk (by hash) before the write lock is
    /// taken; the idempotency fingerprint is the file's hash plus the alt text, because the core's default
    /// fingerprint reads the raw body, which a multipart request has already consumed.
    void uploadProductMedia(Context ctx) {
        String id = ctx.pathParam("productId");
        if (!ctx.isMultipartFormData()) {
            throw ApiError.badRequest("not-multipart", "Send the image as multipart/form-data with a 'file' part")
                    .withError("file", "is required");
        }
        UploadedFile upload;
        String altText;
        try {
            upload = ctx.uploadedFile("file");
            altText = ctx.formParam("altText");
        } catch (Exception e) {
            // Jetty rejects a broken multipart body (bad boundary, truncated part) with a ServletException that
            // Javalin (Kotlin) rethrows undeclared, so it must be caught as Exception.
            throw ApiError.badRequest("malformed-multipart", "The multipart body cannot be read: " + e.getMessage())
                    .withError("file", "multipart body is malformed");
        }
        var v = Validation.forBody();
        v.check(upload != null, "file", "is required");
        v.maxLength("altText", altText, 300);
        v.throwIfAny();
        if (upload.size() > MediaFiles.MAX_BYTES) {
            throw unprocessableFile("is larger than 10 MB (" + upload.size() + " bytes)");
        }
        byte[] bytes = readAll(upload);
        if (bytes.length == 0) {
            throw unprocessableFile("is empty");
        }
        MediaFiles.Kind kind = MediaFiles.detect(bytes)
                .orElseThrow(() -> unprocessableFile("is not a PNG, JPEG or WebP image"));
        MediaFiles.Stored stored = files.store(bytes, kind);
        String fingerprint = TokenService.sha256("POST " + ctx.path() + "\n" + stored.sha256() + "\n"
                + (altText == null ? "" : altText) + "\n" + upload.filename());
        StoredResponse response = writes.execute(Principal.of(ctx), ctx.header("Idempotency-Key"), fingerprint,
                tx -> {
                    Product cur = products.require(tx, id);
                    Etags.checkIfMatch(ctx, cur.version(), () -> cur);
                    Product next = products.addMedia(tx, cur, stored, kind.contentType(), upload.filename(), altText);
                    return new WriteResult(201, next, Map.of()).withEtag(next.version());
                });
        response.headers().forEach(ctx::header);
        if (response.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.status(response.status());
        if (response.body() != null) {
            ctx.contentType("application/json").result(response.body());
        }
    }

    void deleteProductMedia(Context ctx) {
        String id = ctx.pathParam("productId");
        String mediaId = ctx.pathParam("mediaId");
        writes.execute(ctx, tx -> {
            Product cur = products.require(tx, id);
            Etags.requireIfMatch(ctx, cur.version(), () -> cur);
            Product next = products.removeMedia(tx, cur, mediaId);
            return WriteResult.ok(next).withEtag(next.version());
        });
    }

    void getMediaContent(Context ctx) {
        String mediaId = ctx.pathParam("mediaId");
        CatalogStore.MediaRow row = jdbi.withHandle(h -> store.findMedia(h, mediaId))
                .orElseThrow(() -> ApiError.notFound("No media " + mediaId));
        String colour = null;
        if (row.storagePath().startsWith(MediaFiles.GENERATED)) {
            colour = jdbi.withHandle(h -> store.products().find(h, row.productId()))
                    .flatMap(p -> p.variants().stream().findFirst())
                    .map(com.trendythreads.opsdesk.api.dto.catalog.Variant::colour)
                    .orElse(null);
        }
        byte[] bytes = files.read(row.storagePath(), colour);
        String type = MediaFiles.detect(bytes).map(MediaFiles.Kind::contentType).orElse(row.contentType());
        // Media bytes never change under an id; the content hash is a stable strong validator.
        ctx.header("ETag", "\"" + MediaFiles.sha256(bytes) + "\"");
        ctx.header("Cache-Control", "private, max-age=86400");
        ctx.contentType(type).result(bytes);
    }

    private static ApiError unprocessableFile(String message) {
        return ApiError.unprocessable("validation-failed", "file " + message).withError("file", message);
    }

    private static byte[] readAll(UploadedFile upload) {
        try (InputStream in = upload.content()) {
            return in.readNBytes((int) MediaFiles.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// `channels` lives only in the document; the array holds distinct enum values, so "contains X" is
    /// exactly "X follows `"channels":[` after at most the other values" — a handful of LIKE patterns that
    /// run the same on H2 and PostgreSQL and cannot match text elsewhere in the document.
    private static void channelFilter(Filter filter, Channel channel) {
        List<Channel> others = new ArrayList<>(List.of(Channel.values()));
        others.remove(channel);
        List<String> prefixes = new ArrayList<>();
        prefixes.add("");
        for (Channel a : others) {
            prefixes.add("\"" + a + "\",");
            for (Channel b : others) {
                if (b != a) {
                    prefixes.add("\"" + a + "\",\"" + b + "\",");
                }
            }
        }
        List<String> clauses = new ArrayList<>();
        Map<String, Object> binds = new HashMap<>();
        for (int i = 0; i < prefixes.size(); i++) {
            clauses.add("doc LIKE :ch" + i);
            binds.put("ch" + i, "%\"channels\":[" + prefixes.get(i) + "\"" + channel + "\"%");
        }
        filter.where(true, String.join(" OR ", clauses), binds);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
