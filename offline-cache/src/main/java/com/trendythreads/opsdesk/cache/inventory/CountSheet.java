package com.trendythreads.opsdesk.cache.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/// A cycle count at one location: the expected on-hand figures frozen when the sheet was made, the
/// counted quantities as they are entered or scanned, and the variance (counted − expected) in units
/// and at cost. Lines not counted yet have no variance; counting a line 0 is a count.
public final class CountSheet {

    /// One line of the sheet as generated.
    public record Line(String sku, String ean, String title, String bin, int expected, long costCents) {
    }

    /// A counted line's difference.
    public record Variance(Line line, int counted, int units, long valueCents) {
    }

    private final String locationId;
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final Map<String, String> skuByEan = new HashMap<>();
    private final Map<String, Integer> counted = new HashMap<>();

    public CountSheet(String locationId, List<Line> lines) {
        this.locationId = Objects.requireNonNull(locationId, "locationId");
        for (Line l : lines) {
            this.lines.put(l.sku(), l);
            if (l.ean() != null && !l.ean().isBlank()) {
                skuByEan.put(l.ean(), l.sku());
            }
        }
    }

    public String locationId() {
        return locationId;
    }

    public List<Line> lines() {
        return List.copyOf(lines.values());
    }

    /// Sets the counted quantity of `sku`; null clears the count.
    public void setCounted(String sku, Integer quantity) {
        requireLine(sku);
        if (quantity == null) {
            counted.remove(sku);
        } else {
            if (quantity < 0) {
                throw new IllegalArgumentException("A count cannot be negative: " + quantity);
            }
            counted.put(sku, quantity);
        }
    }

    /// A scan: one more unit of the line whose EAN (or SKU) is `code`. Empty when no line has it.
    public Optional<String> scan(String code) {
        String c = code == null ? "" : code.trim();
        String sku = skuByEan.containsKey(c) ? skuByEan.get(c) : lines.containsKey(c) ? c : null;
        if (sku == null) {
            return Optional.empty();
        }
        counted.merge(sku, 1, Integer::sum);
        return Optional.of(sku);
    }

    public Optional<Integer> counted(String sku) {
        return Optional.ofNullable(counted.get(sku));
    }

    /// The counted lines whose count differs from the expected figure, in sheet order.
    public List<Variance> variances() {
        List<Variance> out = new ArrayList<>();
        for (Line l : lines.values()) {
            Integer c = counted.get(l.sku());
            if (c != null && c != l.expected()) {
                int units = c - l.expected();
                out.add(new Variance(l, c, units, units * l.costCents()));
            }
        }
        return out;
    }

    /// How many lines have been counted.
    public int countedLines() {
        return counted.size();
    }

    /// Net variance in units over the counted lines.
    public int netUnits() {
        return variances().stream().mapToInt(Variance::units).sum();
    }

    /// Net variance at cost, in cents.
    public long netValueCents() {
        return variances().stream().mapToLong(Variance::valueCents).sum();
    }

    /// Absolute variance at cost (shrinkage and surplus do not cancel), in cents.
    public long absoluteValueCents() {
        return variances().stream().mapToLong(v -> Math.abs(v.valueCents())).sum();
    }

    private void requireLine(String sku) {
        if (!lines.containsKey(sku)) {
            throw new IllegalArgumentException(sku + " is not on this count sheet");
        }
    }
}
