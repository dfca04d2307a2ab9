package com.trendythreads.opsdesk.viewmodels.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.cache.catalog.CatalogQuery.SortKey;
import com.trendythreads.opsdesk.cache.catalog.CatalogQuery.StockFilter;
import com.trendythreads.opsdesk.cache.catalog.ProductSummary;
import com.trendythreads.opsdesk.cache.io.Table;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The product list over mia.merch's real cache (the demo platform's TINY catalog, 60 products): what
/// the table shows, search as you type, filters, sorting, saved views, export, live rows, and actions.
class ProductListViewModelTest {

    @TempDir
    static Path platformDir;
    private static DemoPlatform platform;

    @TempDir
    Path tmp;

    private CatalogFixture fixture;
    private final SettingsStore settings = new InMemorySettingsStore();
    private final I18n i18n = new I18n(settings);
    private final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    private final Navigator navigator = new Navigator();
    private ProductListViewModel vm;

    @BeforeAll
    static void startPlatform() {
        platform = CatalogFixture.platform(platformDir);
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @BeforeEach
    void open() {
        fixture = new CatalogFixture(platform, tmp.resolve("cache"), "mia.merch");
        vm = list();
    }

    private ProductListViewModel list() {
        ProductListViewModel l = new ProductListViewModel(fixture.sessionState, TaskRunner.direct(), i18n, notifier,
                settings);
        l.attach(navigator);
        l.activate();
        return l;
    }

    @AfterEach
    void close() {
        vm.deactivate();
        fixture.close();
    }

    private List<Product> products() {
        return fixture.data.products().list(null, null, 1_000);
    }

    private List<ProductSummary> shown() {
        return vm.rows().stream().map(ProductRowViewModel::summary).toList();
    }

    @Test
    void showsEveryCachedProductByTitleWithTheCount() {
        assertThat(vm.readyProperty().get()).isTrue();
        assertThat(vm.rows()).hasSize(60);
        assertThat(vm.countTextProperty().get()).isEqualTo("60 of 60 products");
        assertThat(shown()).extracting(ProductSummary::title).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        ProductSummary first = shown().getFirst();
        assertThat(vm.format().priceRange(first)).startsWith("€");
    }

    @Test
    void searchesTitleBrandSkuEanAndForgivesOneTypo() {
        Product p = products().get(4);
        String word = longestWord(p.title());

        vm.filters().textProperty().set(word.substring(0, 3).toLowerCase());
        assertThat(shown()).extracting(ProductSummary::id).contains(p.id());
        assertThat(shown()).allSatisfy(s -> assertThat((s.title() + " " + s.brand()).toLowerCase())
                .contains(word.substring(0, 3).toLowerCase()));
        assertThat(vm.countTextProperty().get()).isEqualTo(vm.rows().size() + " of 60 products");

        String sku = p.variants().get(1).sku();
        vm.filters().textProperty().set(sku);
        assertThat(shown().getFirst().id()).isEqualTo(p.id());

        vm.filters().textProperty().set(p.variants().getFirst().ean());
        assertThat(shown()).extracting(ProductSummary::id).containsExactly(p.id());

        vm.filters().textProperty().set(p.brand().toUpperCase());
        assertThat(shown()).isNotEmpty().allSatisfy(s -> assertThat(s.brand()).isEqualToIgnoringCase(p.brand()));

        String typo = word.charAt(0) + word.substring(2, 3) + word.charAt(1) + word.substring(3);
        vm.filters().textProperty().set(typo);
        assertThat(shown()).extracting(ProductSummary::id).contains(p.id());

        vm.filters().textProperty().set("");
        assertThat(vm.rows()).hasSize(60);
    }

    @Test
    void filtersNarrowTheListToWhatEachPromises() {
        List<Product> all = products();
        vm.filters().statusProperty().set(option(vm.filters().statuses(), ProductStatus.ACTIVE));
        assertThat(shown()).hasSize((int) all.stream().filter(p -> p.status() == ProductStatus.ACTIVE).count())
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(ProductStatus.ACTIVE));
        vm.filters().statusProperty().set(vm.filters().statuses().getFirst());

        FilterOption<String> parent = vm.filters().categories().stream()
                .filter(o -> o.value() != null && o.depth() == 0).findFirst().orElseThrow();
        Set<String> subtree = fixture.data.catalogIndex().categories().subtree(parent.value());
        vm.filters().categoryProperty().set(parent);
        assertThat(shown()).isNotEmpty()
                .hasSize((int) all.stream().filter(p -> subtree.contains(p.categoryId())).count());
        vm.filters().categoryProperty().set(vm.filters().categories().getFirst());

        String brand = all.get(2).brand();
        vm.filters().brandProperty().set(option(vm.filters().brands(), brand));
        assertThat(shown()).isNotEmpty().allSatisfy(s -> assertThat(s.brand()).isEqualTo(brand));
        vm.filters().brandProperty().set(vm.filters().brands().getFirst());

        vm.filters().incompleteOnlyProperty().set(true);
        assertThat(shown()).allSatisfy(s -> assertThat(s.completeness()).isLessThan(100));
        vm.filters().incompleteOnlyProperty().set(false);

        vm.lowStockThresholdProperty().set(400);
        vm.filters().stockProperty().set(option(vm.filters().stocks(), StockFilter.LOW));
        assertThat(shown()).allSatisfy(s -> assertThat(s.available()).isBetween(1, 400));
        vm.filters().stockProperty().set(option(vm.filters().stocks(), StockFilter.NONE));
        assertThat(shown()).allSatisfy(s -> assertThat(s.available()).isLessThanOrEqualTo(0));
    }

    @Test
    void sortsByAnyColumnBothWays() {
        vm.sortKeyProperty().set(SortKey.STOCK);
        vm.ascendingProperty().set(false);
        assertThat(shown()).extracting(ProductSummary::available).isSortedAccordingTo(Comparator.reverseOrder());
        vm.sortKeyProperty().set(SortKey.PRICE);
        vm.ascendingProperty().set(true);
        assertThat(shown()).extracting(ProductSummary::minPriceCents)
                .isSortedAccordingTo(Comparator.nullsLast(Comparator.naturalOrder()));
        vm.sortKeyProperty().set(SortKey.BRAND);
        assertThat(shown()).extracting(s -> s.brand().toLowerCase()).isSorted();
    }

    @Test
    void savedViewsRestoreSearchFiltersColumnsAndSortAndArePerUser() {
        vm.filters().textProperty().set("a");
        vm.filters().statusProperty().set(option(vm.filters().statuses(), ProductStatus.ACTIVE));
        vm.visibleProperty(ProductColumn.SEASON).set(false);
        vm.sortKeyProperty().set(SortKey.COMPLETENESS);
        vm.ascendingProperty().set(false);
        List<String> expected = shown().stream().map(ProductSummary::id).toList();
        vm.saveView("Active with a");

        ProductListViewModel again = list();
        assertThat(again.savedViews()).extracting(SavedView::name).containsExactly("Active with a");
        assertThat(again.rows()).hasSize(60);
        again.applyView(again.savedViews().getFirst());
        assertThat(again.filters().textProperty().get()).isEqualTo("a");
        assertThat(again.filters().statusProperty().get().value()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(again.visibleProperty(ProductColumn.SEASON).get()).isFalse();
        assertThat(again.sortKeyProperty().get()).isEqualTo(SortKey.COMPLETENESS);
        assertThat(again.rows()).extracting(ProductRowViewModel::id).containsExactlyElementsOf(expected);

        again.deleteView(again.savedViews().getFirst());
        assertThat(list().savedViews()).isEmpty();
        assertThat(settings.get("catalog.savedViews.mia.merch")).hasValue("[]");
    }

    @Test
    void exportsTheCurrentViewToCsvAndXlsx() {
        vm.filters().statusProperty().set(option(vm.filters().statuses(), ProductStatus.ACTIVE));
        vm.sortKeyProperty().set(SortKey.PRICE);
        vm.visibleProperty(ProductColumn.BRAND).set(false);
        List<ProductSummary> rows = shown();
        for (String name : List.of("products.csv", "products.xlsx")) {
            Path file = tmp.resolve(name);
            vm.exportTo(file);

            Table t = TableFiles.read(file);
            assertThat(t.header()).containsExactly("ID", "Title", "Category", "Season", "Status", "Price from (EUR)",
                    "Price to (EUR)", "Variants", "Available", "Complete");
            assertThat(t.rows()).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                ProductSummary s = rows.get(i);
                List<String> r = t.rows().get(i);
                assertThat(r.get(0)).isEqualTo(s.id());
                assertThat(r.get(1)).isEqualTo(s.title());
                assertThat(r.get(4)).isEqualTo("Active");
                assertThat(new BigDecimal(r.get(5))).isEqualByComparingTo(BigDecimal.valueOf(s.minPriceCents(), 2));
                assertThat(Integer.parseInt(r.get(8))).isEqualTo(s.available());
            }
            assertThat(vm.export().progressProperty().get()).isEqualTo(1.0);
            assertThat(vm.export().messageProperty().get())
                    .isEqualTo("Exported " + rows.size() + " products to " + file.toAbsolutePath());
        }
        assertThat(notifier.infos).hasSize(2);
    }

    @Test
    void anEditElsewhereUpdatesItsRowInPlaceAndKeepsTheSelection() {
        ProductRowViewModel row = vm.rows().get(10);
        vm.selectedIds().setAll(row.id());
        fixture.data.edits().update(ResourceType.PRODUCT, row.id(),
                JsonNodeFactory.instance.objectNode().put("brand", "Zzz Label"), "rebrand");

        await().atMost(Duration.ofSeconds(10)).until(() -> "Zzz Label".equals(row.summary().brand()));
        assertThat(vm.rows()).contains(row);
        assertThat(vm.selectedIds()).containsExactly(row.id());
        assertThat(vm.filters().brands()).extracting(FilterOption::value).contains("Zzz Label");
    }

    @Test
    void actionsGoThroughTheNavigator() {
        assertThat(vm.canEditProperty().get()).isTrue();
        assertThat(vm.bulkChangeCommand().isExecutable()).isFalse();
        vm.selectedIds().setAll(vm.rows().get(0).id(), vm.rows().get(1).id());
        assertThat(vm.bulkChangeCommand().isExecutable()).isTrue();
        vm.bulkChangeCommand().execute();
        vm.newProductCommand().execute();
        vm.importCommand().execute();
        vm.open(vm.rows().get(3));
        assertThat(navigator.calls).containsExactly(
                "bulk " + List.of(vm.rows().get(0).id(), vm.rows().get(1).id()), "new", "import",
                "open " + vm.rows().get(3).id());
    }

    @Test
    void aRowWithoutAStoredImageShowsThePlaceholder() {
        ProductRowViewModel row = vm.rows().stream().filter(r -> r.summary().mainMediaId() != null).findFirst()
                .orElseThrow();
        vm.requestThumbnail(row);
        assertThat(row.thumbnailProperty().get()).isNull(); // MediaContent.NONE: nothing cached yet
    }

    private static <T> FilterOption<T> option(List<FilterOption<T>> options, T value) {
        return options.stream().filter(o -> value.equals(o.value())).findFirst().orElseThrow();
    }

    private static String longestWord(String title) {
        List<String> words = new ArrayList<>(List.of(title.split("[^\\p{L}]+")));
        words.sort(Comparator.comparingInt(String::length).reversed());
        return words.getFirst();
    }

    static final class Navigator implements CatalogNavigator {
        final List<String> calls = new ArrayList<>();

        @Override
        public void openProduct(String productId) {
            calls.add("open " + productId);
        }

        @Override
        public void newProduct() {
            calls.add("new");
        }

        @Override
        public void openBulkChange(List<String> productIds) {
            calls.add("bulk " + productIds);
        }

        @Override
        public void openImport() {
            calls.add("import");
        }
    }
}
