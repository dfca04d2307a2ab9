package com.trendythreads.opsdesk.viewmodels.catalog.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.cache.catalog.ProductFields;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.ChangeCheck;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.FieldText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/// The rows of a bulk change: for each chosen product (and variant) the field it sets, before → after,
/// each checked with the product's rules. No state and no I/O, so it runs anywhere.
final class BulkPlanner {

    /// What the user chose. `amount` is euros for SET and AMOUNT, percent for PERCENT (signed).
    record Settings(BulkOperation operation, PriceMode mode, BigDecimal amount, Rounding rounding,
            ProductStatus status, ChannelAction channelAction, Channel channel, String attributeCode,
            String attributeValue, String size, String colour) {
    }

    private BulkPlanner() {
    }

    static List<PreviewRow> preview(List<JsonNode> products, Map<String, Category> categories, Settings s,
            FieldText text) {
        List<PreviewRow> rows = new ArrayList<>();
        for (JsonNode p : products) {
            rows(p, changes(p, s), categories, text, rows);
        }
        return rows;
    }

    /// The rows of set values given per product (`productId → field → after`), e.g. accepted price
    /// suggestions: each checked with the rules like any bulk change; fields already holding the value are left out.
    static List<PreviewRow> planned(List<JsonNode> products, Map<String, Category> categories,
            Map<String, Map<String, JsonNode>> edits, FieldText text) {
        List<PreviewRow> rows = new ArrayList<>();
        for (JsonNode p : products) {
            Map<String, JsonNode[]> changes = new LinkedHashMap<>();
            edits.getOrDefault(p.path("id").asText(), Map.of())
                    .forEach((field, after) -> put(changes, field, ProductFields.get(p, field), after));
            rows(p, changes, categories, text, rows);
        }
        return rows;
    }

    private static void rows(JsonNode p, Map<String, JsonNode[]> changes, Map<String, Category> categories,
            FieldText text, List<PreviewRow> rows) {
        {
            if (changes.isEmpty()) {
                return;
            }
            Map<String, JsonNode> values = new LinkedHashMap<>();
            changes.forEach((f, ba) -> values.put(f, ba[1]));
            Map<String, List<Violation>> problems = ChangeCheck.check(p, values,
                    categories.get(p.path("categoryId").asText()), null);
            changes.forEach((field, ba) -> {
                List<Violation> vs = problems.getOrDefault(field, List.of());
                boolean valid = vs.stream().noneMatch(Violation::isError);
                String reason = vs.stream().filter(v -> !valid || !v.isError())
                        .map(v -> text.violation(text.violationField(v.field()), v)).distinct()
                        .collect(Collectors.joining("; "));
                rows.add(new PreviewRow(p.path("id").asText(), p.path("title").asText(),
                        ProductFields.skuOf(field).orElse(""), field, text.label(field), ba[0], ba[1],
                        text.value(field, ba[0]), text.value(field, ba[1]), valid, reason));
            });
        }
    }

    /// field → {before, after} of one product; only real changes.
    private static Map<String, JsonNode[]> changes(JsonNode p, Settings s) {
        Map<String, JsonNode[]> out = new LinkedHashMap<>();
        switch (s.operation()) {
            case PRICE, COMPARE_AT -> {
                String name = s.operation() == BulkOperation.PRICE ? "priceCents" : "compareAtPriceCents";
                for (JsonNode v : p.path("variants")) {
                    if (!matches(s.size(), v.path("size").asText()) || !matches(s.colour(), v.path("colour").asText())) {
                        continue;
                    }
                    String field = ProductFields.variant(v.path("sku").asText(), name);
                    JsonNode before = ProductFields.get(p, field);
                    JsonNode after = price(before, s);
                    put(out, field, before, after);
                }
            }
            case STATUS -> put(out, "status", ProductFields.get(p, "status"), TextNode.valueOf(s.status().name()));
            case CHANNEL -> {
                JsonNode before = ProductFields.get(p, "channels");
                ArrayNode after = JsonNodeFactory.instance.arrayNode();
                boolean present = false;
                for (JsonNode c : before) {
                    if (c.asText().equals(s.channel().name())) {
                        present = true;
                        if (s.channelAction() == ChannelAction.REMOVE) {
                            continue;
                        }
                    }
                    after.add(c);
                }
                if (!present && s.channelAction() == ChannelAction.ADD) {
                    after.add(s.channel().name());
                }
                put(out, "channels", before, after);
            }
            case ATTRIBUTE -> {
                String field = ProductFields.attribute(s.attributeCode());
                String value = s.attributeValue() == null ? "" : s.attributeValue().strip();
                put(out, field, ProductFields.get(p, field), value.isEmpty() ? NullNode.instance : TextNode.valueOf(value));
            }
        }
        return out;
    }

    private static void put(Map<String, JsonNode[]> out, String field, JsonNode before, JsonNode after) {
        if (after != null && !ProductFields.same(field, before, after)) {
            out.put(field, new JsonNode[] {before, after});
        }
    }

    /// The new price; `null` = leave this variant alone (a relative change of a price it does not have).
    static JsonNode price(JsonNode before, Settings s) {
        if (s.mode() == PriceMode.CLEAR) {
            return NullNode.instance;
        }
        long cents;
        BigDecimal amount = s.amount() == null ? BigDecimal.ZERO : s.amount();
        if (s.mode() == PriceMode.SET) {
            cents = amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
        } else if (before == null || !before.canConvertToLong()) {
            return null;
        } else if (s.mode() == PriceMode.PERCENT) {
            cents = BigDecimal.valueOf(before.asLong()).multiply(BigDecimal.valueOf(100).add(amount))
                    .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue();
        } else {
            cents = before.asLong() + amount.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValue();
        }
        // A price pushed below zero is shown as it is and refused by the rules, not rounded away.
        return LongNode.valueOf(cents < 0 ? cents : s.rounding().apply(cents));
    }

    private static boolean matches(String filter, String value) {
        return filter == null || filter.isEmpty() || filter.equals(value);
    }
}
