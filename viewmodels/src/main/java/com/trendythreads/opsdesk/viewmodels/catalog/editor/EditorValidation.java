package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.trendythreads.opsdesk.viewmodels.common.FieldMessage;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.cache.catalog.ProductRules;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/// The editor's use of [ProductRules]: violations as translated messages per field path, the worst
/// first (an error hides a warning). SKU and EAN uniqueness need the local catalog; answers are cached
/// per value, so [#check] never waits for SQL: an unknown value is reported in [Result#unknown] and
/// [#lookUp] (in the background) fills the cache for the next check.
final class EditorValidation {

    /// Messages by field path (`title`, `variants[3].ean`, `attributes.fabric`), and the SKUs and EANs
    /// whose owners are not known yet.
    record Result(Map<String, FieldMessage> messages, Set<String> unknownSkus, Set<String> unknownEans) {
        boolean complete() {
            return unknownSkus.isEmpty() && unknownEans.isEmpty();
        }
    }

    private final I18n i18n;
    private final ProductRules.Uniqueness catalog;
    private final Map<String, Optional<String>> skuOwners = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> eanOwners = new ConcurrentHashMap<>();

    EditorValidation(I18n i18n, ProductRules.Uniqueness catalog) {
        this.i18n = i18n;
        this.catalog = catalog;
    }

    /// Forgets cached owners (another product is opened).
    void reset() {
        skuOwners.clear();
        eanOwners.clear();
    }

    Result check(Product draft, Category category) {
        Set<String> skus = ConcurrentHashMap.newKeySet();
        Set<String> eans = ConcurrentHashMap.newKeySet();
        ProductRules.Uniqueness cached = new ProductRules.Uniqueness() {
            @Override
            public Optional<String> otherProductWithSku(String productId, String sku) {
                Optional<String> owner = skuOwners.get(sku);
                if (owner == null) {
                    skus.add(sku);
                    return Optional.empty();
                }
                return owner;
            }

            @Override
            public Optional<String> otherProductWithEan(String productId, String ean) {
                Optional<String> owner = eanOwners.get(ean);
                if (owner == null) {
                    eans.add(ean);
                    return Optional.empty();
                }
                return owner;
            }
        };
        Map<String, FieldMessage> out = new HashMap<>();
        for (Violation v : ProductRules.check(draft, category, cached)) {
            FieldMessage had = out.get(v.field());
            if (had == null || (!had.error() && v.isError())) {
                String text = i18n.get(v.code(), v.args().toArray());
                out.put(v.field(), v.isError() ? FieldMessage.error(text) : FieldMessage.warning(text));
            }
        }
        return new Result(out, Set.copyOf(skus), Set.copyOf(eans));
    }

    /// Asks the local catalog who holds these values (blocking: run it in the background).
    void lookUp(String productId, Set<String> skus, Set<String> eans) {
        for (String sku : skus) {
            skuOwners.put(sku, catalog.otherProductWithSku(productId, sku));
        }
        for (String ean : eans) {
            eanOwners.put(ean, catalog.otherProductWithEan(productId, ean));
        }
    }
}
