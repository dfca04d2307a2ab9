package com.trendythreads.opsdesk.viewmodels.catalog.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.cache.catalog.ProductFields;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/// How the catalog's job screens name a product field and show its value: "Price", 49,99 €, "Active",
/// "Web, App"; and a [Violation] in the user's words ("Compare-at price: The compare-at price must be
/// above the price.").
public final class FieldText {

    private static final Set<String> MONEY = Set.of("priceCents", "compareAtPriceCents", "costCents");

    private final I18n i18n;

    public FieldText(I18n i18n) {
        this.i18n = i18n;
    }

    /// "Price", "Status", "Attribute material".
    public String label(String field) {
        String name = ProductFields.nameOf(field);
        if (ProductFields.isAttribute(field)) {
            return i18n.get("jobs.field.attribute", name);
        }
        String key = "jobs.field." + name;
        String text = i18n.get(key);
        return text.equals(key) ? name : text;
    }

    public String value(String field, JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "—";
        }
        String name = ProductFields.nameOf(field);
        if (MONEY.contains(name) && v.canConvertToLong()) {
            return Money.format(v.asLong(), i18n.locale());
        }
        if ("status".equals(field)) {
            return status(v.asText());
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(n -> parts.add("channels".equals(field) ? channel(n.asText()) : n.asText()));
            return parts.isEmpty() ? "—" : String.join(", ", parts);
        }
        return v.asText();
    }

    public String status(String status) {
        return i18n.get("jobs.status." + status);
    }

    public String channel(String channel) {
        return i18n.get("jobs.channel." + channel);
    }

    /// "Price: Must be at least 0."
    public String violation(String fieldLabel, Violation v) {
        return fieldLabel + ": " + i18n.get(v.code(), v.args().toArray());
    }

    /// The label of a violation's own field (`variants[2].compareAtPriceCents` → "Compare-at price").
    public String violationField(String violationField) {
        int dot = violationField.lastIndexOf('.');
        String name = violationField.startsWith("attributes.") ? violationField
                : dot >= 0 ? violationField.substring(dot + 1) : violationField;
        return label(name);
    }
}
