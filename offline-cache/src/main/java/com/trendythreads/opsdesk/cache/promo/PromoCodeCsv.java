package com.trendythreads.opsdesk.cache.promo;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoScope;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.io.Table;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/// Promo codes to and from CSV/XLSX ([TableFiles]). An import is read into a [Preview] first — every row
/// with its own errors, nothing stored — and only the rows the user confirms are queued
/// ([PromoCodeActions#createAll]). Values as in the contract: percent 0–100, cents for a fixed amount,
/// times as ISO-8601 instants, ids in a scope separated by `;`.
public final class PromoCodeCsv {

    public static final List<String> HEADER = List.of("code", "type", "value", "validFrom", "validUntil",
            "usageLimitTotal", "usageLimitPerCustomer", "minOrderCents", "categoryIds", "productIds", "campaignId",
            "active", "redemptions");
    /// Columns an import needs; the others may be missing.
    public static final List<String> REQUIRED = List.of("code", "type", "value", "validFrom");

    private PromoCodeCsv() {
    }

    /// One row of an import: its line in the file (header = line 1), the code it would create (null when
    /// a cell cannot be read) and what is wrong with it.
    public record Row(int line, PromoCodeCreate code, List<Violation> violations) {
        public boolean ok() {
            return code != null && !PromoRules.hasErrors(violations);
        }
    }

    /// @param fileErrors problems of the whole file (a missing column); when present no row is importable
    public record Preview(List<Row> rows, List<Violation> fileErrors) {
        public List<PromoCodeCreate> importable() {
            return fileErrors.isEmpty() ? rows.stream().filter(Row::ok).map(Row::code).toList() : List.of();
        }

        public long errorRows() {
            return rows.stream().filter(r -> !r.ok()).count();
        }
    }

    public static void export(Path file, List<PromoCode> codes) {
        List<List<?>> rows = new ArrayList<>();
        for (PromoCode c : codes) {
            PromoScope s = c.scope();
            rows.add(Arrays.asList(c.code(), c.type().name(), c.value(), text(c.validFrom()), text(c.validUntil()),
                    c.usageLimitTotal(), c.usageLimitPerCustomer(), c.minOrderCents(),
                    s == null || s.categoryIds() == null ? "" : String.join(";", s.categoryIds()),
                    s == null || s.productIds() == null ? "" : String.join(";", s.productIds()),
                    c.campaignId(), c.active(), c.redemptions()));
        }
        TableFiles.write(file, HEADER, rows);
    }

    /// Reads `file` and checks every row: the rules, codes already on the desk (`taken`) and codes repeated
    /// within the file.
    public static Preview preview(Path file, Predicate<String> taken) {
        Table t = TableFiles.read(file);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < t.header().size(); i++) {
            col.put(t.header().get(i), i);
        }
        List<Violation> fileErrors = REQUIRED.stream().filter(c -> !col.containsKey(c))
                .map(c -> Violation.error(c, "rule.promo.column", c)).toList();
        if (!fileErrors.isEmpty()) {
            return new Preview(List.of(), fileErrors);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            int line = r + 2;
            List<String> cells = t.rows().get(r);
            List<Violation> errors = new ArrayList<>();
            Cells in = new Cells(cells, col, errors);
            String code = in.text("code");
            code = code == null ? null : code.toUpperCase(Locale.ROOT);
            PromoCodeCreate c = new PromoCodeCreate(code, in.type(), in.number("value"), in.instant("validFrom"),
                    in.instant("validUntil"), in.integer("usageLimitTotal"), in.integer("usageLimitPerCustomer"),
                    in.number("minOrderCents"), in.scope(), in.text("campaignId"));
            if (errors.isEmpty()) {
                Integer first = code == null ? null : seen.get(code);
                errors.addAll(PromoRules.validate(c, k -> taken.test(k)));
                if (first != null) {
                    errors.add(Violation.error("code", "rule.promo.duplicateInFile", first));
                }
            }
            if (code != null) {
                seen.putIfAbsent(code, line);
            }
            rows.add(new Row(line, errors.stream().anyMatch(v -> v.code().startsWith("rule.promo.cell")) ? null : c,
                    List.copyOf(errors)));
        }
        return new Preview(List.copyOf(rows), List.of());
    }

    private static String text(Instant i) {
        return i == null ? "" : i.toString();
    }

    /// The cells of one row by column name; a cell that cannot be read adds `rule.promo.cell.*` to `errors`.
    private record Cells(List<String> cells, Map<String, Integer> col, List<Violation> errors) {

        String text(String name) {
            Integer i = col.get(name);
            if (i == null || i >= cells.size() || cells.get(i) == null || cells.get(i).isBlank()) {
                return null;
            }
            return cells.get(i).strip();
        }

        PromoType type() {
            String s = text("type");
            if (s == null) {
                return null;
            }
            try {
                return PromoType.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(Violation.error("type", "rule.promo.cell.type", s));
                return null;
            }
        }

        Long number(String name) {
            String s = text(name);
            if (s == null) {
                return null;
            }
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                errors.add(Violation.error(name, "rule.promo.cell.number", s));
                return null;
            }
        }

        Integer integer(String name) {
            Long n = number(name);
            if (n != null && (n > Integer.MAX_VALUE || n < Integer.MIN_VALUE)) {
                errors.add(Violation.error(name, "rule.promo.cell.number", n));
                return null;
            }
            return n == null ? null : n.intValue();
        }

        Instant instant(String name) {
            String s = text(name);
            if (s == null) {
                return null;
            }
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                errors.add(Violation.error(name, "rule.promo.cell.date", s));
                return null;
            }
        }

        PromoScope scope() {
            List<String> cats = ids("categoryIds");
            List<String> products = ids("productIds");
            return cats.isEmpty() && products.isEmpty() ? null : new PromoScope(cats, products);
        }

        private List<String> ids(String name) {
            String s = text(name);
            return s == null ? List.of() : Arrays.stream(s.split(";")).map(String::strip).filter(x -> !x.isEmpty())
                    .toList();
        }
    }
}
