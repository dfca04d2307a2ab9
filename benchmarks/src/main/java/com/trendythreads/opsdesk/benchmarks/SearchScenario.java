package com.trendythreads.opsdesk.benchmarks;

import com.trendythreads.opsdesk.cache.catalog.CatalogIndex;
import com.trendythreads.opsdesk.cache.catalog.CatalogQuery;
import com.trendythreads.opsdesk.cache.catalog.ProductSummary;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/// Search as you type over the catalog index of the synced cache: every keystroke of 1–3 character prefixes
/// of titles and brands, SKU and EAN prefixes, whole SKUs and EANs, and words with two letters swapped.
final class SearchScenario {

    private SearchScenario() {
    }

    static void run(Report report, CacheDatabase db, int queries) {
        CatalogIndex index = new CatalogIndex(db);
        long t0 = System.nanoTime();
        index.start().join();
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        List<ProductSummary> all = index.search(CatalogQuery.all()).items();
        int skus = all.stream().mapToInt(p -> p.skus().size()).sum();
        List<String> typed = keystrokes(all, queries, new SplittableRandom(42));
        for (int i = 0; i < Math.min(typed.size(), 300); i++) { // warm-up, not measured
            index.search(CatalogQuery.all().withText(typed.get(i)));
        }
        long[] nanos = new long[typed.size()];
        for (int i = 0; i < typed.size(); i++) {
            long s = System.nanoTime();
            index.search(CatalogQuery.all().withText(typed.get(i)));
            nanos[i] = System.nanoTime() - s;
        }
        index.close();
        Stats stats = Stats.of(nanos);
        double p99 = stats.percentileMs(99);
        report.add(new Figure("search as you type, p99", p99, "ms", null, null, "≤ 16 ms", p99 <= 16,
                String.format(Locale.ROOT, "%,d keystrokes over %,d products / %,d SKUs (index built in %.1f s); "
                        + "p50 %.2f ms, p95 %.2f ms, max %.2f ms", typed.size(), all.size(), skus, buildSeconds,
                        stats.percentileMs(50), stats.percentileMs(95), stats.percentileMs(100))));
    }

    /// The texts a user's keystrokes produce, `count` of them: each sample typed one character at a time.
    static List<String> keystrokes(List<ProductSummary> products, int count, SplittableRandom random) {
        List<String> out = new ArrayList<>();
        if (products.isEmpty()) {
            return out;
        }
        int kind = 0;
        while (out.size() < count) {
            ProductSummary p = products.get(random.nextInt(products.size()));
            String sample = switch (kind++ % 5) {
                case 0 -> prefix(p.title(), 1 + random.nextInt(3));
                case 1 -> prefix(p.brand(), 1 + random.nextInt(3));
                case 2 -> p.skus().isEmpty() ? p.title() : p.skus().get(random.nextInt(p.skus().size()));
                case 3 -> p.eans().isEmpty() ? p.title() : p.eans().get(random.nextInt(p.eans().size()));
                default -> typo(firstWord(p.title()), random);
            };
            for (int i = 1; i <= sample.length() && out.size() < count; i++) {
                out.add(sample.substring(0, i));
            }
        }
        return out;
    }

    private static String prefix(String s, int n) {
        String t = s == null ? "" : s.strip();
        return t.substring(0, Math.min(n, t.length()));
    }

    private static String firstWord(String title) {
        String t = title == null ? "" : title.strip();
        int sp = t.indexOf(' ');
        return sp < 0 ? t : t.substring(0, sp);
    }

    /// Two neighbouring letters swapped (a typing slip).
    private static String typo(String word, SplittableRandom random) {
        if (word.length() < 3) {
            return word;
        }
        int i = 1 + random.nextInt(word.length() - 2);
        char[] c = word.toLowerCase(Locale.ROOT).toCharArray();
        char x = c[i];
        c[i] = c[i + 1];
        c[i + 1] = x;
        return new String(c);
    }
}
