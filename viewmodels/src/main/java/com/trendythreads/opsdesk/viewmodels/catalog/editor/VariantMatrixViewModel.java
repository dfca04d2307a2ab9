package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The product's variants as a size × colour matrix: rows are sizes, columns colours, each cell one
/// variant (SKU, EAN, price, compare-at, cost). The grid shows one field at a time ([#shownFieldProperty]);
/// a row or column can be filled with one value at once. New cells get a suggested SKU
/// `<style>-<colour code>-<size>` (the demo catalog's own pattern) and an empty EAN.
public final class VariantMatrixViewModel {

    /// The matrix as values, for undo and for telling whether anything changed.
    public record State(String style, List<String> sizes, List<String> colours, Map<String, VariantCell.State> cells) {
        public State {
            sizes = List.copyOf(sizes);
            colours = List.copyOf(colours);
            cells = Map.copyOf(cells);
        }
    }

    /// The active cells in matrix order (row by row) and their variants, same index.
    record Built(List<VariantCell> cells, List<Variant> variants, Map<VariantCell, List<VariantField>> invalidMoney) {
    }

    private final Locale locale;
    private final ObservableList<String> sizes = FXCollections.observableArrayList();
    private final ObservableList<String> colours = FXCollections.observableArrayList();
    private final Map<String, VariantCell> cells = new HashMap<>();
    private final Map<String, String> colourCodes = new HashMap<>();
    private final ObjectProperty<VariantField> shownField = new SimpleObjectProperty<>(VariantField.PRICE);
    private final StringProperty fillValue = new SimpleStringProperty("");
    private final StringProperty style = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper structure = new ReadOnlyIntegerWrapper();
    private final Consumer<String> onEdit;
    private int ops;

    /// @param onEdit told of every change with the key of what changed (the editor's undo and validation)
    VariantMatrixViewModel(Locale locale, Consumer<String> onEdit) {
        this.locale = Objects.requireNonNull(locale);
        this.onEdit = Objects.requireNonNull(onEdit);
        style.addListener((o, a, b) -> onEdit.accept("style"));
    }

    // --- loading and state ---

    void load(List<Variant> variants) {
        List<String> s = new ArrayList<>();
        List<String> c = new ArrayList<>();
        colourCodes.clear();
        Map<String, VariantCell.State> states = new LinkedHashMap<>();
        String stem = "";
        for (Variant v : variants == null ? List.<Variant>of() : variants) {
            if (!s.contains(v.size())) {
                s.add(v.size());
            }
            if (!c.contains(v.colour())) {
                c.add(v.colour());
            }
            String[] parts = v.sku() == null ? new String[0] : v.sku().split("-");
            if (parts.length == 3) {
                stem = stem.isEmpty() ? parts[0] : stem;
                colourCodes.putIfAbsent(v.colour(), parts[1]);
            }
            Map<VariantField, String> vals = new LinkedHashMap<>();
            vals.put(VariantField.SKU, nz(v.sku()));
            vals.put(VariantField.EAN, nz(v.ean()));
            vals.put(VariantField.PRICE, Money.format(v.priceCents(), locale));
            vals.put(VariantField.COMPARE_AT, Money.format(v.compareAtPriceCents(), locale));
            vals.put(VariantField.COST, Money.format(v.costCents(), locale));
            states.put(key(v.size(), v.colour()), new VariantCell.State(true, vals));
        }
        Map<String, VariantCell.State> all = new HashMap<>();
        for (String size : s) {
            for (String colour : c) {
                all.put(key(size, colour), states.getOrDefault(key(size, colour), inactive()));
            }
        }
        restore(new State(stem, s, c, all));
        if (variants != null) {
            for (Variant v : variants) {
                cells.get(key(v.size(), v.colour())).weightGrams(v.weightGrams());
            }
        }
    }

    State state() {
        Map<String, VariantCell.State> out = new HashMap<>();
        cells.forEach((k, cell) -> out.put(k, cell.state()));
        return new State(style.get(), sizes, colours, out);
    }

    void restore(State s) {
        Map<String, Integer> weights = new HashMap<>();
        cells.forEach((k, cell) -> weights.put(k, cell.weightGrams()));
        style.set(s.style());
        boolean same = sizes.equals(s.sizes()) && colours.equals(s.colours());
        if (!same) {
            cells.clear();
            sizes.setAll(s.sizes());
            colours.setAll(s.colours());
        }
        for (String size : s.sizes()) {
            for (String colour : s.colours()) {
                String k = key(size, colour);
                VariantCell cell = cells.computeIfAbsent(k, x -> newCell(size, colour));
                cell.restore(s.cells().getOrDefault(k, inactive()));
                cell.weightGrams(weights.get(k));
            }
        }
        if (!same) {
            structure.set(structure.get() + 1);
        }
    }

    // --- structure ---

    /// Adds a row: a cell for every colour, with a suggested SKU.
    public void addSize(String size) {
        String s = size == null ? "" : size.strip();
        if (s.isEmpty() || sizes.contains(s)) {
            return;
        }
        sizes.add(s);
        for (String colour : colours) {
            cells.put(key(s, colour), suggested(s, colour));
        }
        changedStructure();
    }

    /// Adds a column: a cell for every size, with a suggested SKU.
    public void addColour(String colour) {
        String c = colour == null ? "" : colour.strip();
        if (c.isEmpty() || colours.contains(c)) {
            return;
        }
        colours.add(c);
        for (String size : sizes) {
            cells.put(key(size, c), suggested(size, c));
        }
        changedStructure();
    }

    public void removeSize(String size) {
        if (sizes.remove(size)) {
            colours.forEach(c -> cells.remove(key(size, c)));
            changedStructure();
        }
    }

    public void removeColour(String colour) {
        if (colours.remove(colour)) {
            sizes.forEach(s -> cells.remove(key(s, colour)));
            changedStructure();
        }
    }

    /// Sets the shown field of every active cell in the row of `size` to [#fillValueProperty].
    public void fillRow(String size) {
        fill(colours.stream().map(c -> cells.get(key(size, c))).toList());
    }

    /// Sets the shown field of every active cell in the column of `colour` to [#fillValueProperty].
    public void fillColumn(String colour) {
        fill(sizes.stream().map(s -> cells.get(key(s, colour))).toList());
    }

    private void fill(List<VariantCell> targets) {
        VariantField f = shownField.get();
        String v = fillValue.get() == null ? "" : fillValue.get().strip();
        ops++;
        for (VariantCell cell : targets) {
            if (cell != null && cell.isActive()) {
                cell.set(f, v);
            }
        }
        onEdit.accept("fill#" + ops);
    }

    /// `<style>-<colour code>-<size>`: the colour's code from the product's other SKUs, else the
    /// first three letters of its name; letters upper-cased, anything else dropped.
    public String suggestedSku(String size, String colour) {
        String code = colourCodes.getOrDefault(colour, clean(colour).substring(0, Math.min(3, clean(colour).length())));
        String stem = clean(style.get());
        return (stem.isEmpty() ? "NEW" : stem) + "-" + code + "-" + clean(size);
    }

    private VariantCell suggested(String size, String colour) {
        VariantCell cell = new VariantCell(size, colour);
        cell.set(VariantField.SKU, suggestedSku(size, colour));
        return listen(cell);
    }

    private VariantCell newCell(String size, String colour) {
        return listen(new VariantCell(size, colour));
    }

    /// Edits of a cell are the matrix's edits (after the cell got its first values).
    private VariantCell listen(VariantCell cell) {
        String size = cell.size();
        String colour = cell.colour();
        for (VariantField f : VariantField.values()) {
            cell.property(f).addListener((o, a, b) -> onEdit.accept("cell:" + key(size, colour) + ":" + f));
        }
        cell.activeProperty().addListener((o, a, b) -> {
            ops++;
            onEdit.accept("active#" + ops);
        });
        return cell;
    }

    private void changedStructure() {
        structure.set(structure.get() + 1);
        ops++;
        onEdit.accept("matrix#" + ops);
    }

    // --- reading ---

    public VariantCell cell(String size, String colour) {
        return cells.get(key(size, colour));
    }

    Built build() {
        List<VariantCell> order = new ArrayList<>();
        List<Variant> variants = new ArrayList<>();
        Map<VariantCell, List<VariantField>> invalid = new HashMap<>();
        for (String size : sizes) {
            for (String colour : colours) {
                VariantCell cell = cells.get(key(size, colour));
                if (cell == null || !cell.isActive()) {
                    continue;
                }
                order.add(cell);
                variants.add(new Variant(blankToNull(cell.get(VariantField.SKU)), blankToNull(cell.get(VariantField.EAN)),
                        size, colour, money(cell, VariantField.PRICE, invalid), money(cell, VariantField.COMPARE_AT, invalid),
                        money(cell, VariantField.COST, invalid), cell.weightGrams()));
            }
        }
        return new Built(order, variants, invalid);
    }

    private Long money(VariantCell cell, VariantField f, Map<VariantCell, List<VariantField>> invalid) {
        return switch (Money.parse(cell.get(f), locale)) {
            case Money.Parsed.Cents c -> c.value();
            case Money.Parsed.Blank b -> null;
            case Money.Parsed.Invalid i -> {
                invalid.computeIfAbsent(cell, x -> new ArrayList<>()).add(f);
                yield null;
            }
        };
    }

    private static VariantCell.State inactive() {
        Map<VariantField, String> empty = new HashMap<>();
        for (VariantField f : VariantField.values()) {
            empty.put(f, "");
        }
        return new VariantCell.State(false, empty);
    }

    private static String key(String size, String colour) {
        return size + "\u0000" + colour;
    }

    private static String clean(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- properties ---

    public ObservableList<String> sizes() {
        return FXCollections.unmodifiableObservableList(sizes);
    }

    public ObservableList<String> colours() {
        return FXCollections.unmodifiableObservableList(colours);
    }

    /// The field the grid shows and a fill sets.
    public ObjectProperty<VariantField> shownFieldProperty() {
        return shownField;
    }

    /// The value [#fillRow] and [#fillColumn] put in.
    public StringProperty fillValueProperty() {
        return fillValue;
    }

    /// The SKU stem new cells' suggestions start with (`TT000042`).
    public StringProperty styleProperty() {
        return style;
    }

    /// Rises whenever cells are added or removed (the View rebuilds its grid).
    public ReadOnlyIntegerProperty structureProperty() {
        return structure.getReadOnlyProperty();
    }
}
