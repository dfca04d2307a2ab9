package com.trendythreads.opsdesk.platform.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.Media;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductCreate;
import com.trendythreads.opsdesk.api.dto.catalog.ProductPatch;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.FieldError;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Validation;
import com.trendythreads.opsdesk.platform.inventory.InventoryStore;
import com.trendythreads.opsdesk.platform.inventory.StockLedger;
import com.trendythreads.opsdesk.platform.writes.Tx;
import com.trendythreads.opsdesk.platform.store.Counters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/// Product writes: create, merge-patch, delete, and adding or removing images. Every method runs inside
/// the platform's write unit ([Tx]): it bumps the version, sets `updatedAt`, keeps `skus` in step and
/// records the product change.
public final class ProductService {

    public static final String RESOURCE = "product";

    private final CatalogStore store;
    private final ObjectMapper json;

    public ProductService(CatalogStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    /// The product or 404.
    public Product require(Tx tx, String id) {
        return store.products().find(tx.handle(), id)
                .orElseThrow(() -> ApiError.notFound("No product " + id));
    }

    public Product create(Tx tx, ProductCreate c) {
        var v = Validation.forBody();
        ProductRules.title(v, c.title());
        ProductRules.description(v, c.description());
        ProductRules.brand(v, c.brand());
        ProductRules.season(v, c.season());
        v.require("categoryId", c.categoryId());
        Category category = category(tx, v, c.categoryId());
        ProductRules.attributes(v, c.attributes(), category);
        ProductRules.channels(v, c.channels());
        ProductRules.variants(v, c.variants());
        ProductRules.sellable(v, c.status(), c.attributes(), c.channels(), category);
        v.throwIfAny();
        List<Variant> variants = c.variants() == null ? List.of() : List.copyOf(c.variants());
        requireUnique(tx, variants, null);

        Instant now = tx.now();
        String id = Counters.next(tx.handle(), Counters.Sequence.PRODUCT);
        Product p = new Product(id, c.title(), c.description(), c.brand(), c.categoryId(), c.season(),
                c.status() == null ? ProductStatus.DRAFT : c.status(),
                c.attributes() == null ? Map.of() : new LinkedHashMap<>(c.attributes()),
                c.channels() == null ? List.of() : List.copyOf(c.channels()),
                variants, List.of(), null, now, now, 1);
        store.products().insert(tx.handle(), p);
        store.syncSkus(tx.handle(), p);
        tx.recordChange(RESOURCE, id, ChangeOp.UPSERT, p.version(), p);
        return p;
    }

    /// Applies a merge patch: absent = unchanged, explicit null clears a nullable field, `variants` replaces
    /// the list (a variant whose SKU the product already has keeps its optional fields the patch leaves out).
    public Product update(Tx tx, Product cur, JsonNode patch) {
        ProductPatch p = Json.convert(json, patch, ProductPatch.class);
        var v = Validation.forBody();
        for (String field : List.of("title", "brand", "categoryId", "season", "status", "attributes", "channels",
                "variants", "mediaOrder")) {
            v.check(!(patch.has(field) && patch.get(field).isNull()), field, "must not be null");
        }
        v.throwIfAny();

        String title = patch.has("title") ? p.title() : cur.title();
        String description = patch.has("description") ? p.description() : cur.description();
        String brand = patch.has("brand") ? p.brand() : cur.brand();
        String categoryId = patch.has("categoryId") ? p.categoryId() : cur.categoryId();
        String season = patch.has("season") ? p.season() : cur.season();
        ProductStatus status = patch.has("status") ? p.status() : cur.status();
        Map<String, String> attributes = patch.has("attributes") ? p.attributes() : cur.attributes();
        List<Channel> channels = patch.has("channels") ? p.channels() : cur.channels();
        List<Variant> variants = patch.has("variants") ? mergeVariants(cur.variants(), p.variants(),
                patch.get("variants")) : cur.variants();
        List<Media> media = cur.media();
        String mainMediaId = patch.has("mainMediaId") ? p.mainMediaId() : cur.mainMediaId();

        if (patch.has("title")) {
            ProductRules.title(v, title);
        }
        if (patch.has("description")) {
            ProductRules.description(v, description);
        }
        if (patch.has("brand")) {
            ProductRules.brand(v, brand);
        }
        if (patch.has("season")) {
            ProductRules.season(v, season);
        }
        Category category = null;
        if (patch.has("categoryId")) {
            v.require("categoryId", categoryId);
            category = category(tx, v, categoryId);
        }
        if (patch.has("attributes") || patch.has("categoryId")) {
            if (category == null && !patch.has("categoryId")) {
                category = store.categories().find(tx.handle(), categoryId).orElse(null);
            }
            ProductRules.attributes(v, attributes, category);
        }
        if (patch.has("channels")) {
            ProductRules.channels(v, channels);
        }
        if (patch.has("variants")) {
            ProductRules.variants(v, p.variants());
        }
        if (patch.has("status") || patch.has("attributes") || patch.has("channels") || patch.has("categoryId")) {
            if (category == null) {
                category = store.categories().find(tx.handle(), categoryId).orElse(null);
            }
            ProductRules.sellable(v, status, attributes, channels, category);
        }
        if (patch.has("mediaOrder")) {
            media = reorder(v, media, p.mediaOrder());
        }
        if (mainMediaId != null && patch.has("mainMediaId")) {
            String wanted = mainMediaId;
            v.check(media.stream().anyMatch(m -> m.id().equals(wanted)), "mainMediaId",
                    "is not one of this product's media ids");
        }
        v.throwIfAny();
        if (patch.has("variants")) {
            requireUnique(tx, variants, cur.id());
        }

        Product next = new Product(cur.id(), title, description, brand, categoryId, season, status,
                attributes == null ? Map.of() : new LinkedHashMap<>(attributes), List.copyOf(channels),
                List.copyOf(variants), media, mainMediaId, cur.createdAt(), tx.now(), cur.version() + 1);
        tx.priorState(RESOURCE, cur.id(), cur);
        store.products().update(tx.handle(), next, cur.version());
        if (patch.has("variants") || patch.has("title")) {
            store.syncSkus(tx.handle(), next);
        }
        tx.recordChange(RESOURCE, next.id(), ChangeOp.UPSERT, next.version(), next);
        return next;
    }

    /// Deletes a DRAFT or ARCHIVED product with its SKUs and media rows (image files are shared by hash
    /// and stay); the change feed gets a `delete` tombstone.
    public void delete(Tx tx, Product cur) {
        if (cur.status() == ProductStatus.ACTIVE) {
            throw ApiError.conflict("product-active",
                    "Product " + cur.id() + " is ACTIVE; archive it first, then delete it")
                    .withError("status", "must be DRAFT or ARCHIVED to delete; archive it first");
        }
        tx.priorState(RESOURCE, cur.id(), cur);
        deleteStockRows(tx, cur);
        store.deleteSkus(tx.handle(), cur.id());
        store.deleteMediaOf(tx.handle(), cur.id());
        store.products().delete(tx.handle(), cur.id());
        tx.recordChange(RESOURCE, cur.id(), ChangeOp.DELETE, cur.version() + 1, null);
    }

    /// A product's stock rows go with it, as tombstones in the change feed. Units still held (on hand,
    /// committed to orders, on their way) are real goods: the delete is refused until they are moved or
    /// written off, rather than leaving stock behind that no product describes.
    private static void deleteStockRows(Tx tx, Product cur) {
        List<String> skus = cur.variants().stream().map(v -> v.sku()).toList();
        if (skus.isEmpty()) {
            return;
        }
        var held = tx.handle().createQuery("SELECT COUNT(*) AS rows_held, COALESCE(SUM(on_hand), 0) AS units FROM stock"
                        + " WHERE sku IN (<skus>) AND (on_hand <> 0 OR committed_qty <> 0 OR incoming <> 0)")
                .bindList("skus", skus)
                .map((rs, c) -> new long[] {rs.getLong("rows_held"), rs.getLong("units")}).one();
        if (held[0] > 0) {
            throw ApiError.conflict("product-has-stock", "Product " + cur.id() + " still has stock at " + held[0]
                            + " location(s) (" + held[1] + " on hand); move or write it off before deleting")
                    .withError("variants", "hold stock on hand, committed or incoming");
        }
        List<String[]> rows = tx.handle().createQuery("SELECT location_id, sku, version FROM stock WHERE sku IN (<skus>)")
                .bindList("skus", skus)
                .map((rs, c) -> new String[] {rs.getString(1), rs.getString(2), Long.toString(rs.getLong(3))}).list();
        tx.handle().createUpdate("DELETE FROM stock WHERE sku IN (<skus>)").bindList("skus", skus).execute();
        for (String[] r : rows) {
            tx.recordChange(StockLedger.STOCK, InventoryStore.stockId(r[0], r[1]), ChangeOp.DELETE,
                    Long.parseLong(r[2]) + 1, null);
        }
    }

    /// Appends an image; the first image of a product becomes its main image.
    public Product addMedia(Tx tx, Product cur, MediaFiles.Stored stored, String contentType, String fileName,
                            String altText) {
        String id = Counters.next(tx.handle(), Counters.Sequence.MEDIA);
        String name = fileName == null || fileName.isBlank() ? id : fileName;
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        store.insertMedia(tx.handle(), new CatalogStore.MediaRow(id, cur.id(), name, contentType,
                stored.sizeBytes(), stored.sha256(), stored.storagePath()), tx.now());
        List<Media> media = new ArrayList<>(cur.media());
        media.add(new Media(id, name, contentType, stored.sizeBytes(), stored.width(), stored.height(), altText,
                media.size(), contentUrl(id), tx.now()));
        return saveMedia(tx, cur, media, cur.mainMediaId() == null ? id : cur.mainMediaId());
    }

    public Product removeMedia(Tx tx, Product cur, String mediaId) {
        if (cur.media().stream().noneMatch(m -> m.id().equals(mediaId))) {
            throw ApiError.notFound("Product " + cur.id() + " has no media " + mediaId);
        }
        store.deleteMedia(tx.handle(), mediaId);
        List<Media> kept = cur.media().stream().filter(m -> !m.id().equals(mediaId)).toList();
        List<Media> renumbered = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            renumbered.add(at(kept.get(i), i));
        }
        String main = mediaId.equals(cur.mainMediaId())
                ? (renumbered.isEmpty() ? null : renumbered.getFirst().id()) : cur.mainMediaId();
        return saveMedia(tx, cur, renumbered, main);
    }

    public static String contentUrl(String mediaId) {
        return "/v1/media/" + mediaId + "/content";
    }

    private Product saveMedia(Tx tx, Product cur, List<Media> media, String mainMediaId) {
        Product next = new Product(cur.id(), cur.title(), cur.description(), cur.brand(), cur.categoryId(),
                cur.season(), cur.status(), cur.attributes(), cur.channels(), cur.variants(), List.copyOf(media),
                mainMediaId, cur.createdAt(), tx.now(), cur.version() + 1);
        tx.priorState(RESOURCE, cur.id(), cur);
        store.products().update(tx.handle(), next, cur.version());
        tx.recordChange(RESOURCE, next.id(), ChangeOp.UPSERT, next.version(), next);
        return next;
    }

    private Category category(Tx tx, Validation v, String categoryId) {
        if (categoryId == null || categoryId.isBlank()) {
            return null;
        }
        var found = store.categories().find(tx.handle(), categoryId);
        v.check(found.isPresent(), "categoryId", "no category " + categoryId);
        return found.orElse(null);
    }

    /// SKUs and EANs are business keys: one product per SKU and per EAN across the catalog (409).
    private void requireUnique(Tx tx, List<Variant> variants, String productId) {
        Map<String, Integer> skuAt = new HashMap<>();
        Map<String, Integer> eanAt = new HashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            skuAt.put(variants.get(i).sku(), i);
            eanAt.put(variants.get(i).ean(), i);
        }
        List<CatalogStore.Holder> skuHolders = store.skuHolders(tx.handle(), skuAt.keySet(), productId);
        List<CatalogStore.Holder> eanHolders = store.eanHolders(tx.handle(), eanAt.keySet(), productId);
        if (skuHolders.isEmpty() && eanHolders.isEmpty()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (var h : skuHolders) {
            errors.add(new FieldError("variants[" + skuAt.get(h.key()) + "].sku",
                    "SKU " + h.key() + " already belongs to product " + h.productId()));
        }
        for (var h : eanHolders) {
            errors.add(new FieldError("variants[" + eanAt.get(h.key()) + "].ean",
                    "EAN " + h.key() + " already belongs to product " + h.productId()));
        }
        throw ApiError.conflict(skuHolders.isEmpty() ? "duplicate-ean" : "duplicate-sku",
                        String.join("; ", errors.stream().map(FieldError::message).toList()))
                .withErrors(errors);
    }

    /// The patch's variants, each keeping the optional fields it leaves out when its SKU already existed.
    private static List<Variant> mergeVariants(List<Variant> old, List<Variant> given, JsonNode raw) {
        if (given == null) {
            return List.of();
        }
        Map<String, Variant> bySku = new HashMap<>();
        old.forEach(x -> bySku.put(x.sku(), x));
        List<Variant> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Variant g = given.get(i);
            Variant o = g == null ? null : bySku.get(g.sku());
            JsonNode r = raw.get(i);
            if (o == null || r == null || !r.isObject()) {
                out.add(g);
                continue;
            }
            out.add(new Variant(g.sku(), g.ean(), g.size(), g.colour(), g.priceCents(),
                    r.has("compareAtPriceCents") ? g.compareAtPriceCents() : o.compareAtPriceCents(),
                    r.has("costCents") ? g.costCents() : o.costCents(),
                    r.has("weightGrams") ? g.weightGrams() : o.weightGrams()));
        }
        return out;
    }

    private static List<Media> reorder(Validation v, List<Media> media, List<String> order) {
        Map<String, Media> byId = new LinkedHashMap<>();
        media.forEach(m -> byId.put(m.id(), m));
        Set<String> seen = new HashSet<>();
        boolean ok = order.size() == media.size();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            if (id == null || !byId.containsKey(id)) {
                v.check(false, "mediaOrder[" + i + "]", "is not one of this product's media ids");
                ok = false;
            } else if (!seen.add(id)) {
                v.check(false, "mediaOrder[" + i + "]", "is listed twice");
                ok = false;
            }
        }
        if (!ok) {
            v.check(false, "mediaOrder", "must list each of the product's " + media.size() + " media ids exactly once");
            return media;
        }
        List<Media> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            out.add(at(byId.get(order.get(i)), i));
        }
        return out;
    }

    private static Media at(Media m, int position) {
        return Objects.equals(m.position(), position) ? m : new Media(m.id(), m.fileName(), m.contentType(),
                m.sizeBytes(), m.width(), m.height(), m.altText(), position, m.contentUrl(), m.createdAt());
    }
}
