package com.trendythreads.opsdesk.cache.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.cache.catalog.CatalogQuery.SortKey;
import com.trendythreads.opsdesk.cache.catalog.CatalogQuery.StockFilter;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.repo.ProductRepository;
import com.trendythreads.opsdesk.cache.repo.ReferenceRepository;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.sync.TestPlatform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The index over a real cache synced from the demo platform (TINY): what it holds per product, what a
/// search finds, and how committed local edits and stock changes reach it without a rebuild.
class CatalogIndexTest {

    @TempDir
    Path tmp;

    private TestPlatform platform;
    private TestPlatform.Client desk;
    private CatalogIndex index;
    private final List<Set<String>> notified = new CopyOnWriteArrayList<>();

    @BeforeEach
    void syncAndBuild() {
        platform = TestPlatform.start(tmp.resolve("platform"));
        desk = platform.desk(tmp.resolve("cache"), "ada.admin");
        assertThat(desk.engine().initialSync()).isTrue();
        // A direct executor: the index is updated inside each write, before the write returns.
        index = new CatalogIndex(desk.db(), Runnable::run);
        index.onChange(notified::add);
        index.start().join();
    }

    @AfterEach
    void stop() {
        index.close();
        platform.close();
    }

    private List<Product> products() {
        return new ProductRepository(desk.db()).list(null, null, 10_000);
    }

    private int availableOf(String productId) {
        return desk.db().read(h -> h.createQuery("""
                SELECT COALESCE(SUM(s.available), 0) FROM stock s JOIN product_variant v ON v.sku = s.sku
                WHERE v.product_id = :p""").bind("p", productId).mapTo(Integer.class).one());
    }

    private LocalEdits edits() {
        return desk.engine().edits();
    }

    @Test
    void holdsEveryCachedProductWithItsListFigures() {
        List<Product> products = products();
        assertThat(products).hasSize(60);
        assertThat(index.size()).isEqualTo(60);
        assertThat(notified).containsExactly(Set.of());
        ReferenceRepository ref = new ReferenceRepository(desk.db());
        for (Product p : products) {
            ProductSummary s = index.get(p.id()).orElseThrow();
            Category c = ref.category(p.categoryId()).orElse(null);
            assertThat(s.title()).isEqualTo(p.title());
            assertThat(s.brand()).isEqualTo(p.brand());
            assertThat(s.categoryName()).isEqualTo(c == null ? null : c.name());
            assertThat(s.variantCount()).isEqualTo(p.variants().size());
            assertThat(s.skus()).containsExactlyElementsOf(p.variants().stream().map(v -> v.sku()).toList());
            assertThat(s.minPriceCents()).isEqualTo(p.variants().stream().map(v -> v.priceCents())
                    .filter(x -> x != null).min(Long::compare).orElse(null));
            assertThat(s.maxPriceCents()).isEqualTo(p.variants().stream().map(v -> v.priceCents())
                    .filter(x -> x != null).max(Long::compare).orElse(null));
            assertThat(s.completeness()).isEqualTo(Completeness.overallPercent(p, c));
            assertThat(s.available()).isEqualTo(availableOf(p.id()));
        }
        assertThat(index.search(CatalogQuery.all()).items()).extracting(ProductSummary::title)
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
    }

    @Test
    void findsBySkuEanTitleWordAndOneTypo() {
        Product p = products().get(7);
        String sku = p.variants().get(1).sku();
        String ean = p.variants().get(1).ean();

        List<ProductSummary> bySku = index.search(CatalogQuery.all().withText(sku.toLowerCase())).items();
        assertThat(bySku.getFirst().id()).isEqualTo(p.id());
        List<ProductSummary> bySkuPrefix = index.search(CatalogQuery.all().withText(sku.substring(0, sku.length() - 1)))
                .items();
        assertThat(bySkuPrefix).extracting(ProductSummary::id).contains(p.id());
        assertThat(index.search(CatalogQuery.all().withText(ean)).items()).extracting(ProductSummary::id)
                .containsExactly(p.id());

        String word = longestWord(p.title());
        List<ProductSummary> byWord = index.search(CatalogQuery.all().withText(word.substring(0, 3))).items();
        assertThat(byWord).extracting(ProductSummary::id).contains(p.id());
        assertThat(byWord).allSatisfy(s -> assertThat((s.title() + " " + s.brand()).toLowerCase())
                .contains(word.substring(0, 3).toLowerCase()));

        // one letter swapped in the middle of a word of at least four letters
        String typo = word.substring(0, 1) + word.charAt(2) + word.charAt(1) + word.substring(3);
        List<ProductSummary> byTypo = index.search(CatalogQuery.all().withText(typo)).items();
        assertThat(byTypo).extracting(ProductSummary::id).contains(p.id());
        assertThat(index.search(CatalogQuery.all().withText("zzzzqqq")).items()).isEmpty();
    }

    @Test
    void typoMatchesRankBelowExactOnesWhateverTheSort() {
        Product p = products().get(3);
        String word = longestWord(p.title()).toLowerCase();
        String typo = word.substring(0, word.length() - 1) + (word.endsWith("x") ? "y" : "x");
        List<ProductSummary> hits = index.search(CatalogQuery.all().withText(typo).sortedBy(SortKey.TITLE, false))
                .items();
        int lastExact = -1;
        int firstTypo = Integer.MAX_VALUE;
        for (int i = 0; i < hits.size(); i++) {
            boolean exact = (hits.get(i).title() + " " + hits.get(i).brand()).toLowerCase().contains(typo);
            if (exact) {
                lastExact = i;
            } else {
                firstTypo = Math.min(firstTypo, i);
            }
        }
        assertThat(hits).extracting(ProductSummary::id).contains(p.id());
        assertThat(lastExact).isLessThan(firstTypo);
    }

    @Test
    void filtersAndSorts() {
        Category parent = index.categories().nodes().stream()
                .filter(n -> index.categories().subtree(n.id()).size() > 1).findFirst()
                .map(n -> index.categories().get(n.id())).orElseThrow();
        Set<String> subtree = index.categories().subtree(parent.id());
        List<ProductSummary> inCategory = index.search(CatalogQuery.all().withCategory(parent.id())).items();
        assertThat(inCategory).isNotEmpty().allSatisfy(s -> assertThat(subtree).contains(s.categoryId()));
        assertThat(inCategory).hasSize((int) products().stream().filter(p -> subtree.contains(p.categoryId())).count());

        List<ProductSummary> active = index.search(CatalogQuery.all().withStatus(ProductStatus.ACTIVE)).items();
        assertThat(active).isNotEmpty().allSatisfy(s -> assertThat(s.status()).isEqualTo(ProductStatus.ACTIVE));

        List<ProductSummary> byStock = index.search(CatalogQuery.all().sortedBy(SortKey.STOCK, false)).items();
        assertThat(byStock).extracting(ProductSummary::available).isSortedAccordingTo(Comparator.reverseOrder());
        List<ProductSummary> byPrice = index.search(CatalogQuery.all().sortedBy(SortKey.PRICE, true)).items();
        assertThat(byPrice).extracting(ProductSummary::minPriceCents)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
        List<ProductSummary> low = index.search(CatalogQuery.all().withStock(StockFilter.LOW, 50)).items();
        assertThat(low).allSatisfy(s -> assertThat(s.available()).isBetween(1, 50));
        List<ProductSummary> incomplete = index.search(CatalogQuery.all().withIncompleteOnly(true)).items();
        assertThat(incomplete).allSatisfy(s -> assertThat(s.completeness()).isLessThan(100));
    }

    @Test
    void aLocalEditUpdatesItsSummaryAndTellsTheListeners() {
        Product p = products().get(5);
        notified.clear();
        edits().update(ResourceType.PRODUCT, p.id(),
                JsonNodeFactory.instance.objectNode().put("title", "Zebra Print Maxi Dress"), "retitle");

        assertThat(index.get(p.id()).orElseThrow().title()).isEqualTo("Zebra Print Maxi Dress");
        assertThat(notified).containsExactly(Set.of(p.id()));
        assertThat(index.search(CatalogQuery.all().withText("zebra")).items()).extracting(ProductSummary::id)
                .containsExactly(p.id());
        assertThat(index.size()).isEqualTo(60);
    }

    @Test
    void aStockChangeUpdatesAvailability() {
        Product p = products().get(9);
        String sku = p.variants().getFirst().sku();
        String location = desk.db().read(h -> h.createQuery("SELECT location_id FROM stock WHERE sku = :s LIMIT 1")
                .bind("s", sku).mapTo(String.class).one());
        int before = index.get(p.id()).orElseThrow().available();
        notified.clear();

        edits().adjustStock(location, sku, 7, "RECOUNT", null);

        assertThat(index.get(p.id()).orElseThrow().available()).isEqualTo(before + 7).isEqualTo(availableOf(p.id()));
        assertThat(notified).containsExactly(Set.of(p.id()));
    }

    @Test
    void aDeletedProductLeavesAndANewOneArrives() {
        Product p = products().get(11);
        edits().delete(ResourceType.PRODUCT, p.id(), "delete");
        assertThat(index.get(p.id())).isEmpty();
        assertThat(index.size()).isEqualTo(59);
        assertThat(index.search(CatalogQuery.all()).items()).extracting(ProductSummary::id).doesNotContain(p.id());

        var body = Json.mapper().createObjectNode().put("title", "Quokka Tee").put("brand", "Nordlicht")
                .put("status", "DRAFT");
        body.putArray("variants").addObject().put("sku", "QK-TEE-S").put("priceCents", 1999);
        String id = edits().create(ResourceType.PRODUCT, body, null, "create");
        assertThat(index.size()).isEqualTo(60);
        assertThat(index.search(CatalogQuery.all().withText("qk-tee")).items()).extracting(ProductSummary::id)
                .containsExactly(id);
    }

    private static String longestWord(String title) {
        List<String> words = new ArrayList<>(List.of(title.split("[^\\p{L}]+")));
        words.sort(Comparator.comparingInt(String::length).reversed());
        return words.getFirst();
    }
}
