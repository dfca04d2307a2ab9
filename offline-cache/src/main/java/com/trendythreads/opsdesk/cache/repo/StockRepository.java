package com.trendythreads.opsdesk.cache.repo;

import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Stock levels per location and SKU.
public final class StockRepository extends Documents {

    @Inject
    public StockRepository(CacheDatabase db) {
        super(db, Set.of("stock"));
    }

    public Optional<StockLevel> get(String locationId, String sku) {
        return one(StockLevel.class, "SELECT doc FROM stock WHERE id = :id",
                Map.of("id", ResourceType.stockId(locationId, sku)));
    }

    /// Every level at `locationId`, by SKU.
    public List<StockLevel> atLocation(String locationId) {
        return list(StockLevel.class, "SELECT doc FROM stock WHERE location_id = :loc ORDER BY sku",
                Map.of("loc", locationId));
    }

    /// The levels of `sku` at every location, by location.
    public List<StockLevel> forSku(String sku) {
        return list(StockLevel.class, "SELECT doc FROM stock WHERE sku = :sku ORDER BY location_id", Map.of("sku", sku));
    }
}
