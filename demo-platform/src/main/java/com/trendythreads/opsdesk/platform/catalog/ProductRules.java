package com.trendythreads.opsdesk.platform.catalog;

import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.api.rules.Ean13;
import com.trendythreads.opsdesk.api.rules.ProductPatterns;
import com.trendythreads.opsdesk.platform.http.Validation;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// The field rules of a product (contract limits plus what the schema cannot say: EAN check digits,
/// attribute codes per category, compare-at above price, uniqueness within the request).
final class ProductRules {

    static final int MAX_VARIANTS = 500;

    private ProductRules() {
    }

    static void title(Validation v, String title) {
        v.require("title", title).maxLength("title", title, 200);
    }

    static void description(Validation v, String description) {
        v.maxLength("description", description, 5000);
    }

    static void brand(Validation v, String brand) {
        v.require("brand", brand).maxLength("brand", brand, 100);
    }

    static void season(Validation v, String season) {
        v.require("season", season).pattern("season", season, ProductPatterns.SEASON, "a season like SS26 or AW26");
    }

    /// Every code must be an attribute of `category` (null: the category is unknown, already reported).
    static void attributes(Validation v, Map<String, String> attributes, Category category) {
        if (attributes == null || category == null) {
            return;
        }
        Map<String, CategoryAttribute> defined = new HashMap<>();
        for (CategoryAttribute a : category.attributes()) {
            defined.put(a.code(), a);
        }
        attributes.forEach((code, value) -> {
            String field = "attributes." + code;
            CategoryAttribute def = defined.get(code);
            if (def == null) {
                v.check(false, field, "is not an attribute of category " + category.id());
            } else if (value == null) {
                v.check(false, field, "must not be null");
            } else {
                v.maxLength(field, value, 500);
                if (def.type() == CategoryAttribute.Type.ENUM && def.values() != null && !def.values().isEmpty()) {
                    v.check(def.values().contains(value), field, "must be one of " + def.values());
                }
            }
        });
    }

    /// An ACTIVE product is on sale: every attribute its category requires for a channel it is published
    /// on must be filled (a DRAFT may be incomplete; the desk shows what is missing).
    static void sellable(Validation v, ProductStatus status, Map<String, String> attributes, List<Channel> channels,
            Category category) {
        if (status != ProductStatus.ACTIVE || channels == null || category == null) {
            return;
        }
        Map<String, String> attrs = attributes == null ? Map.of() : attributes;
        for (CategoryAttribute a : category.attributes()) {
            Channel missingFor = channels.stream()
                    .filter(c -> a.requiredFor() != null && a.requiredFor().contains(c))
                    .filter(c -> attrs.get(a.code()) == null || attrs.get(a.code()).isBlank())
                    .findFirst().orElse(null);
            v.check(missingFor == null, "attributes." + a.code(),
                    "is required to sell on " + missingFor + " while the product is ACTIVE");
        }
    }

    static void channels(Validation v, List<Channel> channels) {
        if (channels == null) {
            return;
        }
        Set<Channel> seen = new HashSet<>();
        for (int i = 0; i < channels.size(); i++) {
            Channel c = channels.get(i);
            v.check(c != null, "channels[" + i + "]", "must not be null");
            v.check(c == null || seen.add(c), "channels[" + i + "]", "is listed twice");
        }
    }

    static void variants(Validation v, List<Variant> variants) {
        if (variants == null) {
            return;
        }
        v.check(variants.size() <= MAX_VARIANTS, "variants", "must have at most " + MAX_VARIANTS + " variants");
        Map<String, Integer> skus = new HashMap<>();
        Map<String, Integer> eans = new HashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            String at = "variants[" + i + "]";
            Variant x = variants.get(i);
            if (x == null) {
                v.check(false, at, "must not be null");
                continue;
            }
            v.require(at + ".sku", x.sku()).pattern(at + ".sku", x.sku(), ProductPatterns.SKU,
                    "3–40 upper-case letters, digits or dashes, not starting with a dash");
            v.require(at + ".ean", x.ean());
            if (x.ean() != null && !x.ean().isBlank()) {
                if (!x.ean().matches("^[0-9]{13}$")) {
                    v.check(false, at + ".ean", "must be 13 digits");
                } else {
                    v.check(Ean13.isValid(x.ean()), at + ".ean", "has a wrong check digit (EAN-13)");
                }
            }
            v.require(at + ".size", x.size()).maxLength(at + ".size", x.size(), 20);
            v.require(at + ".colour", x.colour()).maxLength(at + ".colour", x.colour(), 40);
            v.require(at + ".priceCents", x.priceCents()).min(at + ".priceCents", x.priceCents(), 0);
            v.min(at + ".compareAtPriceCents", x.compareAtPriceCents(), 0);
            if (x.compareAtPriceCents() != null && x.priceCents() != null && x.compareAtPriceCents() >= 0) {
                v.check(x.compareAtPriceCents() > x.priceCents(), at + ".compareAtPriceCents",
                        "must be greater than priceCents");
            }
            v.min(at + ".costCents", x.costCents(), 0);
            v.min(at + ".weightGrams", x.weightGrams(), 0);
            if (x.sku() != null) {
                Integer first = skus.putIfAbsent(x.sku(), i);
                v.check(first == null, at + ".sku", "duplicates variants[" + first + "].sku");
            }
            if (x.ean() != null) {
                Integer first = eans.putIfAbsent(x.ean(), i);
                v.check(first == null, at + ".ean", "duplicates variants[" + first + "].ean");
            }
        }
    }
}
