package com.trendythreads.opsdesk.platform.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.platform.store.DocTable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// The catalog's tables: categories and products as documents, the `skus` index kept in step with
/// every product's variants, and the `media` rows that say where each image's bytes live.
public final class CatalogStore {

    /// Where a media id's bytes are and what they are.
    public record MediaRow(String id, String productId, String fileName, String contentType, long sizeBytes,
                           String sha256, String storagePath) {
    }

    /// A SKU (or EAN) already held by another product.
    public record Holder(String key, String productId) {
    }

    private final DocTable<Category> categories;
    private final DocTable<Product> products;

    public CatalogStore(ObjectMapper json) {
        this.categories = new DocTable<>(new DocTable.Spec<>("categories", "id", Category.class, Category::id,
                Category::version, c -> {
                    Map<String, Object> cols = new LinkedHashMap<>();
                    cols.put("parent_id", c.parentId());
                    return cols;
                }), json);
        this.products = new DocTable<>(new DocTable.Spec<>("products", "id", Product.class, Product::id,
                Product::version, p -> {
                    Map<String, Object> cols = new LinkedHashMap<>();
                    cols.put("title", p.title());
                    cols.put("brand", p.brand());
                    cols.put("category_id", p.categoryId());
                    cols.put("season", p.season());
                    cols.put("status", p.status());
                    cols.put("updated_at", p.updatedAt());
                    return cols;
                }), json);
    }

    public DocTable<Category> categories() {
        return categories;
    }

    public DocTable<Product> products() {
        return products;
    }

    /// Rewrites the product's `skus` rows from its variants (title is denormalised there for scans).
    public void syncSkus(Handle h, Product p) {
        deleteSkus(h, p.id());
        var batch = h.prepareBatch("""
                INSERT INTO skus (sku, ean, product_id, title, size, colour, price_cents, cost_cents)
                VALUES (:sku, :ean, :productId, :title, :size, :colour, :price, :cost)""");
        for (Variant v : p.variants()) {
            batch.bind("sku", v.sku()).bind("ean", v.ean()).bind("productId", p.id()).bind("title", p.title())
                    .bind("size", v.size()).bind("colour", v.colour()).bind("price", v.priceCents())
                    .bind("cost", v.costCents()).add();
        }
        if (!p.variants().isEmpty()) {
            batch.execute();
        }
    }

    public void deleteSkus(Handle h, String productId) {
        h.createUpdate("DELETE FROM skus WHERE product_id = :id").bind("id", productId).execute();
    }

    /// Which of `skus` belong to a product other than `exceptProductId` (null: any product).
    public List<Holder> skuHolders(Handle h, Collection<String> skus, String exceptProductId) {
        return holders(h, "sku", skus, exceptProductId);
    }

    public List<Holder> eanHolders(Handle h, Collection<String> eans, String exceptProductId) {
        return holders(h, "ean", eans, exceptProductId);
    }

    private List<Holder> holders(Handle h, String column, Collection<String> keys, String exceptProductId) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT " + column + ", product_id FROM skus WHERE " + column + " IN (<keys>)"
                        + (exceptProductId == null ? "" : " AND product_id <> :except"))
                .bindList("keys", List.copyOf(keys))
                .bind("except", exceptProductId)
                .map((rs, ctx) -> new Holder(rs.getString(1), rs.getString(2)))
                .list();
    }

    public boolean skuExists(Handle h, String sku) {
        return h.createQuery("SELECT COUNT(*) FROM skus WHERE sku = :sku").bind("sku", sku)
                .mapTo(Integer.class).one() > 0;
    }

    public void insertMedia(Handle h, MediaRow m, Instant createdAt) {
        h.createUpdate("""
                        INSERT INTO media (id, product_id, file_name, content_type, size_bytes, sha256, storage_path, created_at)
                        VALUES (:id, :productId, :fileName, :contentType, :size, :sha, :path, :at)""")
                .bind("id", m.id()).bind("productId", m.productId()).bind("fileName", m.fileName())
                .bind("contentType", m.contentType()).bind("size", m.sizeBytes()).bind("sha", m.sha256())
                .bind("path", m.storagePath()).bind("at", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
                .execute();
    }

    public Optional<MediaRow> findMedia(Handle h, String id) {
        return h.createQuery("""
                        SELECT id, product_id, file_name, content_type, size_bytes, sha256, storage_path
                        FROM media WHERE id = :id""")
                .bind("id", id)
                .map((rs, ctx) -> new MediaRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getString(7)))
                .findOne();
    }

    public void deleteMedia(Handle h, String id) {
        h.createUpdate("DELETE FROM media WHERE id = :id").bind("id", id).execute();
    }

    public void deleteMediaOf(Handle h, String productId) {
        h.createUpdate("DELETE FROM media WHERE product_id = :id").bind("id", productId).execute();
    }
}
