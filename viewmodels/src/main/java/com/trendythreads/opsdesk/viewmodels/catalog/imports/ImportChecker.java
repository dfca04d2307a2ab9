package com.trendythreads.opsdesk.viewmodels.catalog.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.cache.catalog.ProductFields;
import com.trendythreads.opsdesk.cache.catalog.ProductRules;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.io.Table;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.ChangeCheck;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.FieldText;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.Money;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Checks every row of an import: the SKU is known and not repeated, numbers are numbers (in the user's
/// way of writing them or plainly), the status is one of ours, and the product with the row's values
/// passes [ProductRules]. Rows of one product build on one another in file order, as they will apply.
final class ImportChecker {

    /// What the checker reads from the local catalog.
    interface Catalog extends ProductRules.Uniqueness {
        Optional<Product> bySku(String sku);

        Category category(String id);
    }

    private final Catalog catalog;
    private final I18n i18n;
    private final FieldText text;
    private final Locale locale;

    ImportChecker(Catalog catalog, I18n i18n) {
        this.catalog = catalog;
        this.i18n = i18n;
        this.text = new FieldText(i18n);
        this.locale = i18n.locale();
    }

    List<ImportRow> check(Table table, List<ImportTarget> targets, boolean blankClears) {
        int skuColumn = -1;
        for (int c = 0; c < targets.size(); c++) {
            if (targets.get(c).field() == ImportField.SKU) {
                skuColumn = c;
                break;
            }
        }
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, JsonNode> working = new HashMap<>();
        List<ImportRow> out = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> cells = table.rows().get(r);
            int line = r + 2;
            String sku = skuColumn < 0 ? "" : cells.get(skuColumn).strip();
            if (skuColumn < 0) {
                out.add(rejected(line, sku, null, "", cells, i18n.get("import.reason.noSkuColumn")));
                continue;
            }
            if (sku.isEmpty()) {
                out.add(rejected(line, sku, null, "", cells, i18n.get("import.reason.noSku")));
                continue;
            }
            Integer first = firstLine.putIfAbsent(sku, line);
            if (first != null) {
                out.add(rejected(line, sku, null, "", cells, i18n.get("import.reason.duplicateSku", first)));
                continue;
            }
            Optional<Product> product = catalog.bySku(sku);
            if (product.isEmpty()) {
                out.add(rejected(line, sku, null, "", cells, i18n.get("import.reason.unknownSku", sku)));
                continue;
            }
            String id = product.get().id();
            JsonNode doc = working.computeIfAbsent(id, k -> ChangeCheck.doc(product.get()));
            Category category = catalog.category(product.get().categoryId());
            out.add(row(line, sku, id, doc, category, cells, targets, blankClears, working));
        }
        return out;
    }

    private ImportRow row(int line, String sku, String id, JsonNode doc, Category category, List<String> cells,
            List<ImportTarget> targets, boolean blankClears, Map<String, JsonNode> working) {
        String title = doc.path("title").asText();
        Map<String, JsonNode> values = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int c = 0; c < targets.size() && c < cells.size(); c++) {
            ImportTarget t = targets.get(c);
            if (t.field() == ImportField.IGNORE || t.field() == ImportField.SKU) {
                continue;
            }
            String cell = cells.get(c).strip();
            String path = t.path(sku);
            if (cell.isEmpty()) {
                if (blankClears) {
                    values.put(path, NullNode.instance);
                }
                continue;
            }
            parse(t, cell, category).ifPresentOrElse(v -> values.put(path, v),
                    () -> problems.add(reason(t, cell)));
        }
        values.entrySet().removeIf(e -> ProductFields.same(e.getKey(), ProductFields.get(doc, e.getKey()), e.getValue()));
        if (problems.isEmpty() && !values.isEmpty()) {
            Map<String, List<Violation>> found = ChangeCheck.check(doc, values, category, catalog);
            Set<String> words = new LinkedHashSet<>();
            found.values().forEach(vs -> vs.stream().filter(Violation::isError)
                    .forEach(v -> words.add(text.violation(text.violationField(v.field()), v))));
            problems.addAll(words);
        }
        if (!problems.isEmpty()) {
            return rejected(line, sku, id, title, cells, String.join("; ", problems));
        }
        List<CatalogJobs.FieldEdit> edits = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        values.forEach((f, v) -> {
            JsonNode before = ProductFields.get(doc, f);
            edits.add(new CatalogJobs.FieldEdit(f, before, v));
            changes.add(text.label(f) + ": " + text.value(f, before) + " → " + text.value(f, v));
        });
        if (!values.isEmpty()) {
            working.put(id, ProductFields.applied(doc, values));
        }
        return new ImportRow(line, sku, id, title, true,
                changes.isEmpty() ? i18n.get("import.unchanged") : String.join("; ", changes), "", edits, cells);
    }

    private Optional<JsonNode> parse(ImportTarget t, String cell, Category category) {
        ImportField f = t.field();
        if (f.money()) {
            return Money.parseCents(cell, locale).map(LongNode::valueOf);
        }
        if (f == ImportField.STATUS) {
            return status(cell).map(s -> TextNode.valueOf(s.name()));
        }
        if (f == ImportField.SEASON) {
            return Optional.of(TextNode.valueOf(cell.toUpperCase(Locale.ROOT)));
        }
        if (f == ImportField.ATTRIBUTE && category != null) {
            // "cotton" in a file means the category's "Cotton".
            for (CategoryAttribute a : category.attributes()) {
                if (a.code().equals(t.attributeCode()) && a.values() != null) {
                    for (String v : a.values()) {
                        if (v.equalsIgnoreCase(cell)) {
                            return Optional.of(TextNode.valueOf(v));
                        }
                    }
                }
            }
        }
        return Optional.of(TextNode.valueOf(cell));
    }

    private String reason(ImportTarget t, String cell) {
        if (t.field() == ImportField.STATUS) {
            return i18n.get("import.reason.status", cell);
        }
        return i18n.get("import.reason.number", t.label(), cell);
    }

    /// ACTIVE/Active/aktiv, DRAFT/Entwurf, ARCHIVED/archiviert.
    static Optional<ProductStatus> status(String cell) {
        String s = cell.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "active", "aktiv", "live", "online" -> Optional.of(ProductStatus.ACTIVE);
            case "draft", "entwurf" -> Optional.of(ProductStatus.DRAFT);
            case "archived", "archiviert", "archiv" -> Optional.of(ProductStatus.ARCHIVED);
            default -> Optional.empty();
        };
    }

    private static ImportRow rejected(int line, String sku, String id, String title, List<String> cells, String reason) {
        return new ImportRow(line, sku, id, title, false, "", reason, List.of(), cells);
    }
}
