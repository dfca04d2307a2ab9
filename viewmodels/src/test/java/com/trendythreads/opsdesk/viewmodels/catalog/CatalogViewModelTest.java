package com.trendythreads.opsdesk.viewmodels.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The catalog host: the list tab first and for good, one tab per product, job or import, and edit
/// actions only for users the platform lets change products.
class CatalogViewModelTest {

    @TempDir
    static Path dir;
    private static DemoPlatform platform;

    private final I18n i18n = new I18n(new InMemorySettingsStore());

    @BeforeAll
    static void start() {
        platform = CatalogFixture.platform(dir.resolve("platform"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void opensOneTabPerProductOrJobAndNeverClosesTheList() {
        try (CatalogFixture f = new CatalogFixture(platform, dir.resolve("mia"), "mia.merch")) {
            CatalogViewModel vm = new CatalogViewModel(f.sessionState, i18n);
            CatalogTab list = vm.tabs().getFirst();
            assertThat(list.kind()).isEqualTo(CatalogTab.Kind.LIST);
            assertThat(list.title()).isEqualTo("Products");
            assertThat(list.closable()).isFalse();
            assertThat(vm.canEditProperty().get()).isTrue();

            var product = f.data.catalogIndex().search(com.trendythreads.opsdesk.cache.catalog.CatalogQuery.all())
                    .items().get(5);
            vm.openProduct(product.id());
            vm.openBulkChange(List.of("a", "b", "c"));
            vm.openProduct(product.id());
            assertThat(vm.tabs()).extracting(CatalogTab::kind).containsExactly(CatalogTab.Kind.LIST,
                    CatalogTab.Kind.PRODUCT, CatalogTab.Kind.BULK_CHANGE);
            assertThat(vm.selectedProperty().get().title()).isEqualTo(product.title());
            assertThat(vm.selectedProperty().get().productIds()).containsExactly(product.id());
            assertThat(vm.tabs().get(2).title()).isEqualTo("Bulk change (3 products)");

            vm.newProduct();
            vm.openImport();
            assertThat(vm.tabs()).hasSize(5);
            assertThat(vm.selectedProperty().get().kind()).isEqualTo(CatalogTab.Kind.IMPORT);
            vm.close(vm.selectedProperty().get());
            assertThat(vm.selectedProperty().get().kind()).isEqualTo(CatalogTab.Kind.NEW_PRODUCT);
            vm.close(list);
            assertThat(vm.tabs().getFirst()).isEqualTo(list);
            assertThat(vm.tabs()).hasSize(4);
        }
    }

    @Test
    void onlyUsersWhoMayUpdateProductsGetEditActions() {
        try (CatalogFixture f = new CatalogFixture(platform, dir.resolve("mark"), "mark.marketing")) {
            CatalogViewModel vm = new CatalogViewModel(f.sessionState, i18n);
            assertThat(f.user.permissions()).contains("listProducts").doesNotContain("updateProduct");
            assertThat(vm.canEditProperty().get()).isFalse();
            vm.newProduct();
            vm.openImport();
            vm.openBulkChange(List.of("x"));
            assertThat(vm.tabs()).hasSize(1);
            vm.openProduct("prd_unknown");
            assertThat(vm.tabs()).hasSize(2); // looking at a product is for everyone
        }
        // offline there are no permissions: the roles decide
        assertThat(CatalogViewModel.mayEdit(new SessionUser("a", "A", List.of("ADMIN"), Set.of()))).isTrue();
        assertThat(CatalogViewModel.mayEdit(new SessionUser("m", "M", List.of("MANAGER"), Set.of()))).isFalse();
    }
}
