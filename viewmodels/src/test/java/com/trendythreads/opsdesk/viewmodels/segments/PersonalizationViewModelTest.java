package com.trendythreads.opsdesk.viewmodels.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Personalization over the hand-built cache of [SegmentsDesk] (table there).
class PersonalizationViewModelTest {

    private SegmentsDesk desk;
    private PersonalizationViewModel vm;

    @BeforeEach
    void open(@TempDir Path dir) {
        desk = new SegmentsDesk(dir);
        vm = desk.personalization();
        vm.load();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void boughtTogetherForAProduct() {
        assertThat(vm.products()).extracting(PersonalizationViewModel.ProductItem::title)
                .containsExactly("Linen top", "Oxford shirt", "Wrap dress");
        vm.productSearchProperty().set("SHIRT");
        assertThat(vm.products()).extracting(PersonalizationViewModel.ProductItem::id).containsExactly("p-shirt");
        vm.productSearchProperty().set("");
        vm.productProperty().set(vm.products().getFirst());
        // The top is in o3 (with the shirt), o4 (alone) and o6 (with the shirt and the dress).
        assertThat(vm.together()).extracting(r -> r.productId() + " " + r.orders())
                .containsExactly("p-shirt 2", "p-dress 1");
    }

    @Test
    void topCategoriesForASegment() {
        assertThat(vm.segmentSummaryProperty().get()).isEqualTo("5 customers in the segment");
        assertThat(vm.topCategories()).extracting(r -> r.name() + " " + r.units())
                .containsExactly("Men \u203a Shirts 3", "Women \u203a Tops 3", "Women \u203a Dresses 2");
        vm.segmentProperty().set(vm.segmentChoices().stream().filter(c -> c.name().equals("Gold")).findFirst()
                .orElseThrow());
        // a: dress 1; c: top 2, shirt 1.
        assertThat(vm.topCategories()).extracting(r -> r.name() + " " + r.units())
                .containsExactly("Women \u203a Tops 2", "Women \u203a Dresses 1", "Men \u203a Shirts 1");
        vm.segmentProperty().set(vm.segmentChoices().stream().filter(c -> c.name().startsWith("Ordered in"))
                .findFirst().orElseThrow());
        assertThat(vm.segmentSummaryProperty().get()).as("a 5 d, b 10 d, c 20 d").isEqualTo("3 customers in the segment");
    }
}
