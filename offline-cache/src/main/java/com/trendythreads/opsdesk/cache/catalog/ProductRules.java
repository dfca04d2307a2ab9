package com.trendythreads.opsdesk.cache.catalog;

import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.api.rules.Ean13;
import com.trendythreads.opsdesk.api.rules.ProductPatterns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/// The desk's own check of a product before it is queued: the contract's limits (the same as the
/// platform's, so an edit is refused here, beside the field, rather than later by the platform),
/// the catalog-wide rules the platform checks only on save (SKU and EAN unique), and warnings the
/// platform does not give (cost at or above price). The editor, bulk changes and imports all use it.
public final class ProductRules {

    public static final int MAX_VARIANTS = 500;
    public static final Pattern SKU = Pattern.compile(ProductPatterns.SKU);
    public static final Pattern SEASON = Pattern.compile(ProductPatterns.SEASON);

    /// Who else holds a SKU or EAN in the local catalog.
    public interface Uniqueness {
        /// The id of another product (not `productId`) with a variant of this SKU.
        Optional<String> otherProductWithSku(String productId, String sku);

        /// The id of another product (not `productId`) with a variant of this EAN.
        Optional<String> otherProductWithEan(String productId, String ean);
    }

    private ProductRules() {
    }

    /// Every rule that needs only the product and its category (null when unknown).
    public static List<Violation> check(Product p, Category category) {
        List<Violation> out = new ArrayList<>();
        text(out, "title", p.title(), true, 200);
        text(out, "brand", p.brand(), true, 100);
        text(out, "description", p.description(), false, 5000);
        if (blank(p.categoryId())) {
            out.add(Violation.error("categoryId", "rule.required"));
        }
        if (blank(p.season())) {
            out.add(Violation.error("season", "rule.required"));
        } else if (!SEASON.matcher(p.season()).matches()) {
            out.add(Violation.error("season", "rule.season"));
        }
        attributes(out, p, category);
        variants(out, p.variants());
        return out;
    }

    /// [#check] plus SKU and EAN uniqueness across the local catalog.
    public static List<Violation> check(Product p, Category category, Uniqueness others) {
        List<Violation> out = check(p, category);
        List<Variant> variants = p.variants() == null ? List.of() : p.variants();
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            if (v == null) {
                continue;
            }
            String at = "variants[" + i + "]";
            if (!blank(v.sku())) {
                others.otherProductWithSku(p.id(), v.sku())
                        .ifPresent(id -> out.add(Violation.error(at + ".sku", "rule.sku.taken", id)));
            }
            if (!blank(v.ean())) {
                others.otherProductWithEan(p.id(), v.ean())
                        .ifPresent(id -> out.add(Violation.error(at + ".ean", "rule.ean.taken", id)));
            }
        }
        return out;
    }

    /// Whether any of `violations` blocks saving.
    public static boolean hasErrors(List<Violation> violations) {
        return violations.stream().anyMatch(Violation::isError);
    }

    private static void attributes(List<Violation> out, Product p, Category category) {
        if (category == null) {
            return;
        }
        Map<String, String> attrs = p.attributes() == null ? Map.of() : p.attributes();
        Map<String, CategoryAttribute> defined = new HashMap<>();
        category.attributes().forEach(a -> defined.put(a.code(), a));
        attrs.forEach((code, value) -> {
            String field = "attributes." + code;
            CategoryAttribute def = defined.get(code);
            if (def == null) {
                out.add(Violation.error(field, "rule.attribute.unknown", category.name()));
            } else if (value != null && value.length() > 500) {
                out.add(Violation.error(field, "rule.maxLength", 500));
            } else if (value != null && !value.isEmpty() && def.type() == CategoryAttribute.Type.ENUM
                    && def.values() != null && !def.values().isEmpty() && !def.values().contains(value)) {
                out.add(Violation.error(field, "rule.attribute.oneOf", String.join(", ", def.values())));
            }
        });
        // Only an ACTIVE product is sold, so a channel's required attribute is an error only then.
        if (p.status() == ProductStatus.ACTIVE && p.channels() != null) {
            for (CategoryAttribute a : category.attributes()) {
                for (Channel c : p.channels()) {
                    if (a.requiredFor() != null && a.requiredFor().contains(c) && blank(attrs.get(a.code()))) {
                        out.add(Violation.error("attributes." + a.code(), "rule.attribute.requiredFor", c.name()));
                        break;
                    }
                }
            }
        }
    }

    private static void variants(List<Violation> out, List<Variant> variants) {
        if (variants == null) {
            return;
        }
        if (variants.size() > MAX_VARIANTS) {
            out.add(Violation.error("variants", "rule.variants.max", MAX_VARIANTS));
        }
        Map<String, Integer> skus = new HashMap<>();
        Map<String, Integer> eans = new HashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            String at = "variants[" + i + "]";
            Variant v = variants.get(i);
            if (v == null) {
                out.add(Violation.error(at, "rule.required"));
                continue;
            }
            if (blank(v.sku())) {
                out.add(Violation.error(at + ".sku", "rule.required"));
            } else if (!SKU.matcher(v.sku()).matches()) {
                out.add(Violation.error(at + ".sku", "rule.sku.pattern"));
            } else {
                Integer first = skus.putIfAbsent(v.sku(), i);
                if (first != null) {
                    out.add(Violation.error(at + ".sku", "rule.sku.duplicate", first + 1));
                }
            }
            ean(out, at + ".ean", v.ean(), eans, i);
            text(out, at + ".size", v.size(), true, 20);
            text(out, at + ".colour", v.colour(), true, 40);
            prices(out, at, v);
            if (v.weightGrams() != null && v.weightGrams() < 0) {
                out.add(Violation.error(at + ".weightGrams", "rule.min", 0));
            }
        }
    }

    private static void ean(List<Violation> out, String field, String ean, Map<String, Integer> seen, int i) {
        if (blank(ean)) {
            out.add(Violation.error(field, "rule.required"));
        } else if (!ean.matches("^[0-9]{13}$")) {
            out.add(Violation.error(field, "rule.ean.digits"));
        } else if (!Ean13.isValid(ean)) {
            out.add(Violation.error(field, "rule.ean.check", Ean13.checkDigit(ean.substring(0, 12))));
        } else {
            Integer first = seen.putIfAbsent(ean, i);
            if (first != null) {
                out.add(Violation.error(field, "rule.ean.duplicate", first + 1));
            }
        }
    }

    private static void prices(List<Violation> out, String at, Variant v) {
        Long price = v.priceCents();
        if (price == null) {
            out.add(Violation.error(at + ".priceCents", "rule.required"));
        } else if (price < 0) {
            out.add(Violation.error(at + ".priceCents", "rule.min", 0));
        }
        Long compareAt = v.compareAtPriceCents();
        if (compareAt != null) {
            if (compareAt < 0) {
                out.add(Violation.error(at + ".compareAtPriceCents", "rule.min", 0));
            } else if (price != null && compareAt <= price) {
                out.add(Violation.error(at + ".compareAtPriceCents", "rule.compareAt"));
            }
        }
        Long cost = v.costCents();
        if (cost != null && cost < 0) {
            out.add(Violation.error(at + ".costCents", "rule.min", 0));
        } else if (cost != null && price != null && price >= 0 && cost >= price) {
            out.add(Violation.warning(at + ".costCents", "rule.cost.atOrAbovePrice"));
        }
    }

    private static void text(List<Violation> out, String field, String value, boolean required, int max) {
        if (blank(value)) {
            if (required) {
                out.add(Violation.error(field, "rule.required"));
            }
        } else if (value.length() > max) {
            out.add(Violation.error(field, "rule.maxLength", max));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
