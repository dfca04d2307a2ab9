package com.trendythreads.opsdesk.cache.kpi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// The core sizes of a style (product × colour): its size run without the smallest and the largest
/// size. Every size system the platform uses (XS–XL / S–XXL letters, EU clothing 34–44 and 44–54,
/// jeans waists W25–W36, shoes 28–46, kids' heights 104–152) has runs of 5 to 8 sizes whose two ends sell
/// far less than the middle (the seed's demand weights: 0.4 at the ends, 0.8–1.2 in between), so a
/// style missing an end size still sells; one missing a middle size loses customers. A run of one or
/// two sizes (one size, S/M) has every size as core.
public final class CoreSizes {

    private static final List<String> LETTERS = List.of("XXXS", "XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "3XL", "4XL");

    private CoreSizes() {
    }

    /// The distinct sizes in run order: letter sizes by their order, numeric sizes (with a prefix
    /// such as `W`) by number, anything else by text after them.
    public static List<String> run(Collection<String> sizes) {
        List<String> run = new ArrayList<>(new LinkedHashSet<>(sizes));
        run.removeIf(s -> s == null);
        run.sort(ORDER);
        return run;
    }

    /// The core sizes of a style whose variants come in `sizes`.
    public static Set<String> core(Collection<String> sizes) {
        List<String> run = run(sizes);
        return run.size() <= 2 ? Set.copyOf(run) : Set.copyOf(run.subList(1, run.size() - 1));
    }

    private static final Comparator<String> ORDER = Comparator.comparingInt(CoreSizes::kind)
            .thenComparingDouble(CoreSizes::number)
            .thenComparing(s -> s);

    private static int kind(String size) {
        if (LETTERS.contains(size.toUpperCase(Locale.ROOT))) {
            return 0;
        }
        return Double.isNaN(parse(size)) ? 2 : 1;
    }

    private static double number(String size) {
        int letter = LETTERS.indexOf(size.toUpperCase(Locale.ROOT));
        if (letter >= 0) {
            return letter;
        }
        double n = parse(size);
        return Double.isNaN(n) ? 0 : n;
    }

    private static double parse(String size) {
        String digits = size.replaceFirst("^[A-Za-z]+", "").replace(',', '.');
        try {
            return digits.isEmpty() ? Double.NaN : Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
