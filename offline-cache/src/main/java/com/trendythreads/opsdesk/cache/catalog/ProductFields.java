package com.trendythreads.opsdesk.cache.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// One field of a product document, named so that a catalog job can record it and set it again:
/// a top-level field (`status`, `channels`, `title`), an attribute (`attributes.material`) or a
/// variant's field by SKU (`variants[TS-001-M].priceCents`). A variant is named by its SKU, not its
/// position, so an undo restores the right variant even after the list was reordered.
///
/// Values are JSON; a missing field reads as JSON `null`, and `null` written clears the field.
public final class ProductFields {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern VARIANT = Pattern.compile("^variants\\[([^\\]]+)]\\.(\\w+)$");
    private static final String ATTRIBUTES = "attributes.";

    private ProductFields() {
    }

    /// `variants[sku].name`
    public static String variant(String sku, String name) {
        return "variants[" + sku + "]." + name;
    }

    /// `attributes.code`
    public static String attribute(String code) {
        return ATTRIBUTES + code;
    }

    /// The SKU of a variant field, if it is one.
    public static Optional<String> skuOf(String field) {
        Matcher m = VARIANT.matcher(field);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /// The name inside its group: `priceCents` for a variant field, the code for an attribute, else the field.
    public static String nameOf(String field) {
        Matcher m = VARIANT.matcher(field);
        if (m.matches()) {
            return m.group(2);
        }
        return field.startsWith(ATTRIBUTES) ? field.substring(ATTRIBUTES.length()) : field;
    }

    public static boolean isAttribute(String field) {
        return field.startsWith(ATTRIBUTES);
    }

    /// The field's value in `doc`; JSON `null` when absent (or the variant does not exist).
    public static JsonNode get(JsonNode doc, String field) {
        Matcher m = VARIANT.matcher(field);
        JsonNode v;
        if (m.matches()) {
            v = variantNode(doc, m.group(1)).map(n -> n.get(m.group(2))).orElse(null);
        } else if (field.startsWith(ATTRIBUTES)) {
            v = doc.path("attributes").get(field.substring(ATTRIBUTES.length()));
        } else {
            v = doc.get(field);
        }
        return v == null ? NullNode.instance : v;
    }

    /// Whether two values are the same; lists of channels compare as sets (their order means nothing).
    public static boolean same(String field, JsonNode a, JsonNode b) {
        JsonNode x = a == null ? NullNode.instance : a;
        JsonNode y = b == null ? NullNode.instance : b;
        if (x.isArray() && y.isArray() && "channels".equals(field)) {
            java.util.Set<String> sx = new java.util.HashSet<>();
            java.util.Set<String> sy = new java.util.HashSet<>();
            x.forEach(n -> sx.add(n.asText()));
            y.forEach(n -> sy.add(n.asText()));
            return sx.equals(sy) && x.size() == y.size();
        }
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue()) == 0;
        }
        return x.equals(y);
    }

    /// The edit that sets `values` (field → value, JSON `null` clears) on `doc`.
    ///
    /// The platform replaces `variants` and `attributes` whole, so both are sent complete: the
    /// current list or map with the new values in. Locally a merge patch merges objects, so the
    /// local patch names a removed attribute with `null` where the payload just leaves it out.
    public record Edit(ObjectNode payload, ObjectNode localPatch) {
    }

    public static Edit edit(JsonNode doc, Map<String, JsonNode> values) {
        ObjectNode payload = JSON.objectNode();
        ObjectNode local = JSON.objectNode();
        ArrayNode variants = null;
        ObjectNode attributes = null;
        ObjectNode attributesLocal = null;
        for (Map.Entry<String, JsonNode> e : values.entrySet()) {
            String field = e.getKey();
            JsonNode value = e.getValue() == null ? NullNode.instance : e.getValue();
            Matcher m = VARIANT.matcher(field);
            if (m.matches()) {
                if (variants == null) {
                    variants = doc.path("variants").isArray() ? ((ArrayNode) doc.get("variants")).deepCopy() : JSON.arrayNode();
                }
                for (JsonNode v : variants) {
                    if (m.group(1).equals(v.path("sku").asText())) {
                        // An explicit null clears an optional variant field (the platform keeps a field left out).
                        ((ObjectNode) v).set(m.group(2), value);
                    }
                }
            } else if (field.startsWith(ATTRIBUTES)) {
                if (attributes == null) {
                    attributes = doc.path("attributes").isObject() ? ((ObjectNode) doc.get("attributes")).deepCopy()
                            : JSON.objectNode();
                    attributesLocal = attributes.deepCopy();
                }
                String code = field.substring(ATTRIBUTES.length());
                if (value.isNull()) {
                    attributes.remove(code);
                    attributesLocal.putNull(code);
                } else {
                    attributes.set(code, value);
                    attributesLocal.set(code, value);
                }
            } else {
                payload.set(field, value);
                local.set(field, value);
            }
        }
        if (variants != null) {
            payload.set("variants", variants);
            local.set("variants", variants.deepCopy());
        }
        if (attributes != null) {
            payload.set("attributes", attributes);
            local.set("attributes", attributesLocal);
        }
        return new Edit(payload, local);
    }

    /// `doc` with `values` set (what the product would look like), for checking it with [ProductRules].
    public static JsonNode applied(JsonNode doc, Map<String, JsonNode> values) {
        return com.trendythreads.opsdesk.cache.merge.MergePatch.apply(doc, edit(doc, values).localPatch());
    }

    private static Optional<JsonNode> variantNode(JsonNode doc, String sku) {
        for (JsonNode v : doc.path("variants")) {
            if (Objects.equals(sku, v.path("sku").asText(null))) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
