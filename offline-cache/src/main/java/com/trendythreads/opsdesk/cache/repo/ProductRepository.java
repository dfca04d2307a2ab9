package com.trendythreads.opsdesk.cache.repo;

import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.cache.catalog.ProductRules;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Products of the local catalog, including lookups by a variant's SKU or EAN (the scanner).
public final class ProductRepository extends Documents implements ProductRules.Uniqueness {

    @Inject
    public ProductRepository(CacheDatabase db) {
        super(db, Set.of("products", "product_variant"));
    }

    public Optional<Product> get(String id) {
        return one(Product.class, "SELECT doc FROM products WHERE id = :id", Map.of("id", id));
    }

    /// The product one of whose variants has `sku`.
    public Optional<Product> bySku(String sku) {
        return one(Product.class, """
                SELECT p.doc FROM product_variant v JOIN products p ON p.id = v.product_id WHERE v.sku = :sku""",
                Map.of("sku", sku));
    }

    /// The product one of whose variants has the EAN-13 `ean` (what a scanner reads).
    public Optional<Product> byEan(String ean) {
        return one(Product.class, """
                SELECT p.doc FROM product_variant v JOIN products p ON p.id = v.product_id WHERE v.ean = :ean
                ORDER BY v.sku LIMIT 1""", Map.of("ean", ean));
    }

    /// Products by title, optionally only those with `status` and/or in `categoryId` (null: any).
    public List<Product> list(ProductStatus status, String categoryId, int limit) {
        Map<String, Object> binds = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT doc FROM products WHERE 1 = 1");
        if (status != null) {
            sql.append(" AND status = :status");
            binds.put("status", status);
        }
        if (categoryId != null) {
            sql.append(" AND category_id = :category");
            binds.put("category", categoryId);
        }
        sql.append(" ORDER BY title, id LIMIT :limit");
        binds.put("limit", checkLimit(limit));
        return list(Product.class, sql.toString(), binds);
    }

    public long count() {
        return count("SELECT COUNT(*) FROM products", Map.of());
    }

    @Override
    public Optional<String> otherProductWithSku(String productId, String sku) {
        return otherProduct("sku", productId, sku);
    }

    @Override
    public Optional<String> otherProductWithEan(String productId, String ean) {
        return otherProduct("ean", productId, ean);
    }

    private Optional<String> otherProduct(String column, String productId, String value) {
        Map<String, Object> binds = new HashMap<>();
        binds.put("v", value);
        binds.put("p", productId == null ? "" : productId);
        return db.read(h -> h.createQuery("SELECT product_id FROM product_variant WHERE " + column
                + " = :v AND product_id <> :p ORDER BY product_id LIMIT 1").bindMap(binds).mapTo(String.class).findOne());
    }
}
