package com.trendythreads.opsdesk.cache.pricing;

import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/// The desk's pricing memory (migration V15): rejected suggestions with their reason and the facts they were
/// rejected on, and the minimum margin of the price floor.
public final class PricingStore {

    /// A rejection: the suggestion stays hidden while its style's facts key is `factsKey`.
    public record Rejection(String productId, String kind, int percent, String factsKey, String reason,
            String username, Instant at) {
    }

    private final CacheDatabase db;

    public PricingStore(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public void reject(Suggestion s, String reason, String username, Instant at) {
        db.write(tx -> tx.handle().createUpdate("""
                        MERGE INTO pricing_rejections (product_id, kind, percent, facts_key, reason, username, rejected_at)
                        KEY (product_id) VALUES (:id, :kind, :percent, :key, :reason, :user, :at)""")
                .bind("id", s.facts().productId()).bind("kind", s.kind().name()).bind("percent", s.percent())
                .bind("key", s.factsKey()).bind("reason", reason).bind("user", username)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).execute());
    }

    /// The latest rejection per style.
    public Map<String, Rejection> rejections() {
        Map<String, Rejection> out = new HashMap<>();
        db.read(h -> h.createQuery("SELECT product_id, kind, percent, facts_key, reason, username, rejected_at"
                        + " FROM pricing_rejections")
                .map((rs, ctx) -> out.put(rs.getString(1), new Rejection(rs.getString(1), rs.getString(2),
                        rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class).toInstant())))
                .list());
        return out;
    }

    /// The minimum margin in percent of the price, if a manager set one.
    public Optional<Integer> minMarginPercent() {
        return db.read(h -> h.createQuery("SELECT int_value FROM pricing_settings WHERE name = 'min_margin_percent'")
                .mapTo(Integer.class).findOne());
    }

    public void setMinMarginPercent(int percent, String username, Instant at) {
        if (percent < 0 || percent >= 100) {
            throw new IllegalArgumentException("margin must be 0…99 %: " + percent);
        }
        db.write(tx -> tx.handle().createUpdate("""
                        MERGE INTO pricing_settings (name, int_value, set_by, set_at)
                        KEY (name) VALUES ('min_margin_percent', :v, :user, :at)""")
                .bind("v", percent).bind("user", username).bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .execute());
    }
}
