package com.trendythreads.opsdesk.viewmodels.catalog.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.cache.catalog.ProductFields;
import com.trendythreads.opsdesk.cache.catalog.ProductRules;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Checks a planned change of one product with [ProductRules] and tells, per changed field, what is
/// wrong with the result because of it: every problem on that field itself, and every problem the
/// change brings that the product did not have, in the field's scope (its variant, or the product).
/// A problem the product already had elsewhere (a draft missing an attribute) does not block a price
/// change.
public final class ChangeCheck {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final Pattern INDEXED = Pattern.compile("^variants\\[(\\d+)]\\.(\\w+)$");

    private ChangeCheck() {
    }

    /// @param others SKU/EAN uniqueness across the catalog, or `null` when the change touches neither
    /// @return per field of `values`, its violations (errors and warnings); fields without any are absent
    public static Map<String, List<Violation>> check(JsonNode before, Map<String, JsonNode> values, Category category,
            ProductRules.Uniqueness others) {
        JsonNode after = ProductFields.applied(before, values);
        List<Keyed> was = keyed(before, rules(before, category, others));
        List<Keyed> now = keyed(after, rules(after, category, others));
        Set<String> old = new HashSet<>();
        was.forEach(k -> old.add(k.field() + "|" + k.violation().code()));
        Map<String, List<Violation>> out = new LinkedHashMap<>();
        for (String field : values.keySet()) {
            String scope = ProductFields.skuOf(field).orElse("");
            List<Violation> mine = new ArrayList<>();
            for (Keyed k : now) {
                boolean own = k.field().equals(field);
                boolean brought = !old.contains(k.field() + "|" + k.violation().code())
                        && ProductFields.skuOf(k.field()).orElse("").equals(scope);
                if (own || brought) {
                    mine.add(k.violation());
                }
            }
            if (!mine.isEmpty()) {
                out.put(field, mine);
            }
        }
        return out;
    }

    public static Product product(JsonNode doc) {
        try {
            return MAPPER.treeToValue(doc, Product.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a product: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode doc(Product p) {
        return MAPPER.valueToTree(p);
    }

    private static List<Violation> rules(JsonNode doc, Category category, ProductRules.Uniqueness others) {
        Product p = product(doc);
        return others == null ? ProductRules.check(p, category) : ProductRules.check(p, category, others);
    }

    private record Keyed(String field, Violation violation) {
    }

    /// Violations named like [ProductFields] names fields: a variant by its SKU, not its position.
    private static List<Keyed> keyed(JsonNode doc, List<Violation> violations) {
        List<Keyed> out = new ArrayList<>();
        for (Violation v : violations) {
            Matcher m = INDEXED.matcher(v.field());
            String field = v.field();
            if (m.matches()) {
                JsonNode variant = doc.path("variants").path(Integer.parseInt(m.group(1)));
                field = ProductFields.variant(variant.path("sku").asText("#" + m.group(1)), m.group(2));
            }
            out.add(new Keyed(field, v));
        }
        return out;
    }
}
