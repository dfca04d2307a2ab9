package com.trendythreads.opsdesk.cache.inventory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.dto.inventory.StockMovement;
import com.trendythreads.opsdesk.api.dto.inventory.Transfer;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.store.TableChange;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/// The inventory screens' reads besides the [StockIndex]: transfers, movements the cache holds,
/// variant costs and whole stock documents (with their reorder quantity).
public final class InventoryStore {

    private static final ObjectMapper MAPPER = Json.mapper();

    private final CacheDatabase db;

    public InventoryStore(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    public CacheDatabase db() {
        return db;
    }

    /// Transfers, newest first (offline creates included, under their `local-…` id).
    public List<Transfer> transfers() {
        return db.read(h -> h.createQuery("SELECT doc FROM transfers ORDER BY created_at DESC NULLS FIRST, id DESC")
                .mapTo(String.class).list()).stream().map(d -> parse(d, Transfer.class)).toList();
    }

    /// The stock movements of `sku` the cache holds (those that arrived through the change feed), newest first.
    public List<StockMovement> localMovements(String sku, int limit) {
        return db.read(h -> h.createQuery("SELECT doc FROM movements WHERE sku = :sku ORDER BY moved_at DESC LIMIT :n")
                .bind("sku", sku).bind("n", limit).mapTo(String.class).list())
                .stream().map(d -> parse(d, StockMovement.class)).toList();
    }

    /// Every stock document at `locationId`, by SKU.
    public Map<String, StockLevel> levelsAt(String locationId) {
        Map<String, StockLevel> out = new HashMap<>();
        db.read(h -> {
            h.createQuery("SELECT doc FROM stock WHERE location_id = :l").bind("l", locationId).setFetchSize(2_000)
                    .mapTo(String.class).forEach(d -> {
                        StockLevel s = parse(d, StockLevel.class);
                        out.put(s.sku(), s);
                    });
            return null;
        });
        return out;
    }

    /// The cost of each variant of the given products, by SKU (missing when the product has none).
    public Map<String, Long> costCents(Collection<String> productIds) {
        Map<String, Long> out = new HashMap<>();
        List<String> ids = productIds.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            db.read(h -> h.createQuery("SELECT doc FROM products WHERE id IN (<ids>)").bindList("ids", chunk)
                    .mapTo(String.class).list()).forEach(d -> {
                        Product p = parse(d, Product.class);
                        if (p.variants() != null) {
                            for (Variant v : p.variants()) {
                                if (v.costCents() != null) {
                                    out.put(v.sku(), v.costCents());
                                }
                            }
                        }
                    });
        }
        return out;
    }

    /// Calls `listener` after committed changes of stock levels (on the committing thread).
    public ChangeBus.Subscription onStockChange(Consumer<TableChange> listener) {
        return db.changes().subscribe(Set.of(ResourceType.STOCK.table()), listener);
    }

    /// Calls `listener` after committed changes of transfers (on the committing thread).
    public ChangeBus.Subscription onTransferChange(Consumer<TableChange> listener) {
        return db.changes().subscribe(Set.of(ResourceType.TRANSFER.table()), listener);
    }

    private static <T> T parse(String doc, Class<T> type) {
        try {
            return MAPPER.readValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new CacheException("A stored " + type.getSimpleName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
