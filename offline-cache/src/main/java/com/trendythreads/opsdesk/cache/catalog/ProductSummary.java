package com.trendythreads.opsdesk.cache.catalog;

import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import java.util.List;
import java.util.Objects;

/// One product as the catalog list shows and searches it: no description, attributes or media
/// documents, so 50,000 of them fit in a few tens of megabytes.
///
/// @param categoryName  the category's name, or `null` when the category is not cached
/// @param minPriceCents the lowest variant price, `null` when no variant has a price
/// @param maxPriceCents the highest variant price, `null` when no variant has a price
/// @param available     available units of all its SKUs over all locations (`StockLevel.available`)
/// @param completeness  0–100, [Completeness#overallPercent]
/// @param mainMediaId   the image for the thumbnail, `null` when the product has none
/// @param skus          its variants' SKUs, in variant order
/// @param eans          its variants' EANs (variants without one are left out)
public record ProductSummary(
        String id,
        String title,
        String brand,
        String categoryId,
        String categoryName,
        String season,
        ProductStatus status,
        List<Channel> channels,
        Long minPriceCents,
        Long maxPriceCents,
        int variantCount,
        int available,
        int completeness,
        String mainMediaId,
        List<String> skus,
        List<String> eans,
        long version) {

    public ProductSummary {
        Objects.requireNonNull(id, "id");
        channels = channels == null ? List.of() : List.copyOf(channels);
        skus = skus == null ? List.of() : List.copyOf(skus);
        eans = eans == null ? List.of() : List.copyOf(eans);
    }

    /// The same product with another availability (a stock change touches nothing else).
    public ProductSummary withAvailable(int units) {
        return new ProductSummary(id, title, brand, categoryId, categoryName, season, status, channels, minPriceCents,
                maxPriceCents, variantCount, units, completeness, mainMediaId, skus, eans, version);
    }
}
