package com.trendythreads.opsdesk.platform.orders;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// A row of the catalog's `skus` table joined with its product's category: what an order line needs.
public record Skus(String sku, String ean, String productId, String title, String size, String colour,
                   long priceCents, String categoryId) {

    public static Optional<Skus> find(Handle h, String sku) {
        return h.createQuery("""
                        SELECT s.sku, s.ean, s.product_id, s.title, s.size, s.colour, s.price_cents, p.category_id
                        FROM skus s LEFT JOIN products p ON p.id = s.product_id WHERE s.sku = :sku""")
                .bind("sku", sku)
                .map((rs, c) -> new Skus(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getLong(7),
                        rs.getString(8) == null ? "unknown" : rs.getString(8)))
                .findOne();
    }
}
