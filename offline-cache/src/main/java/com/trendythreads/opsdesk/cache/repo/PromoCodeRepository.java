package com.trendythreads.opsdesk.cache.repo;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Promo codes as the desk sees them (synced, plus its own edits not yet pushed).
public final class PromoCodeRepository extends Documents {

    public PromoCodeRepository(CacheDatabase db) {
        super(db, Set.of("promo_codes"));
    }

    public Optional<PromoCode> get(String code) {
        return one(PromoCode.class, "SELECT doc FROM promo_codes WHERE id = :c", Map.of("c", code));
    }

    public boolean exists(String code) {
        return count("SELECT COUNT(*) FROM promo_codes WHERE id = :c", Map.of("c", code)) > 0;
    }

    /// Codes starting with `prefix` (null or blank: all), only active ones when asked, by code; at most
    /// `limit`.
    public List<PromoCode> list(String prefix, boolean activeOnly, int limit) {
        Map<String, Object> binds = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT doc FROM promo_codes WHERE 1 = 1");
        if (prefix != null && !prefix.isBlank()) {
            sql.append(" AND UPPER(id) LIKE :p ESCAPE '\\'");
            binds.put("p", prefix.strip().toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (activeOnly) {
            sql.append(" AND active = TRUE");
        }
        sql.append(" ORDER BY id LIMIT ").append(checkLimit(limit));
        return list(PromoCode.class, sql.toString(), binds);
    }

    public long count(String prefix) {
        return count("SELECT COUNT(*) FROM promo_codes WHERE id LIKE :p", Map.of("p", prefix + "%"));
    }

    /// A pending batch's stand-in (see [com.trendythreads.opsdesk.cache.promo.PromoCodeActions#bulkCreate]).
    public static boolean isPending(PromoCode c) {
        return c.code().startsWith(LocalEdits.LOCAL_ID_PREFIX);
    }
}
