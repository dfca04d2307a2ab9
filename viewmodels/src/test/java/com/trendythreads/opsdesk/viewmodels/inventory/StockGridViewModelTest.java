package com.trendythreads.opsdesk.viewmodels.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.dto.inventory.AdjustmentReason;
import com.trendythreads.opsdesk.api.dto.inventory.StockAdjustmentCreate;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.service.InventoryApi;
import com.trendythreads.opsdesk.cache.inventory.StockIndex.Level;
import com.trendythreads.opsdesk.cache.io.Table;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.api.PlatformClient;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The stock grid over walt.warehouse's real cache of the TINY platform: filters, search, export, and a
/// stock change arriving from the platform updating the visible row without a reload.
class StockGridViewModelTest {

    @TempDir
    Path tmp;

    private InventoryFixture fx;
    private StockGridViewModel vm;

    @BeforeEach
    void open() {
        fx = new InventoryFixture(tmp.resolve("cache"), "walt.warehouse");
        vm = new StockGridViewModel(fx.source(), fx.runner, fx.notifier, fx.i18n);
        vm.activate();
    }

    @AfterEach
    void close() {
        vm.deactivate();
        fx.close();
    }

    private long stockRows(String where) {
        return fx.db.read(h -> h.createQuery("SELECT COUNT(*) FROM stock" + where).mapTo(Long.class).one());
    }

    @Test
    void showsEveryLevelThenFilters() {
        long all = stockRows("");
        assertThat(vm.rows()).hasSize((int) all);
        assertThat(vm.summaryProperty().get()).isEqualTo(String.format(java.util.Locale.ENGLISH, "%,d of %,d stock levels", all, all));
        assertThat(vm.locations()).contains("", "WH-BER", "ST-MUC");

        vm.locationProperty().set("WH-BER");
        assertThat(vm.rows()).hasSize((int) stockRows(" WHERE location_id = 'WH-BER'"))
                .allSatisfy(i -> assertThat(i.locationId()).isEqualTo("WH-BER"));

        vm.levelProperty().set(Level.OUT);
        assertThat(vm.rows()).hasSize((int) stockRows(" WHERE location_id = 'WH-BER' AND available <= 0"));
        vm.levelProperty().set(Level.LOW);
        assertThat(vm.rows()).isNotEmpty().hasSize((int) stockRows(
                " WHERE location_id = 'WH-BER' AND available > 0 AND available <= reorder_point"))
                .allSatisfy(i -> assertThat(i.levelProperty().get()).isEqualTo(Level.LOW));
        vm.levelProperty().set(Level.ALL);

        // A category with sub-categories includes them.
        StockGridViewModel.CategoryChoice top = vm.categories().stream().filter(c -> c.id() != null)
                .filter(c -> fx.data.reference().childCategories(c.id()).size() > 0).findFirst().orElseThrow();
        vm.categoryProperty().set(top);
        assertThat(vm.rows()).isNotEmpty();
        vm.categoryProperty().set(vm.categories().getFirst());

        StockItem some = vm.rows().get(5);
        vm.searchProperty().set(some.ean());
        assertThat(vm.rows()).extracting(StockItem::sku).containsOnly(some.sku());
        vm.searchProperty().set(some.sku().toLowerCase());
        assertThat(vm.rows()).extracting(StockItem::sku).contains(some.sku());
        String word = some.title().split(" ")[0];
        vm.searchProperty().set(word.toUpperCase());
        assertThat(vm.rows()).isNotEmpty().allSatisfy(i -> assertThat(i.title()).containsIgnoringCase(word));
        vm.searchProperty().set("zzzz-nothing");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.summaryProperty().get()).startsWith("0 of ");
    }

    @Test
    void aChangeFromThePlatformUpdatesTheVisibleRow() {
        vm.locationProperty().set("WH-HAM");
        StockItem row = vm.rows().get(2);
        int before = row.availableProperty().get();
        // Another desk (the platform) adjusts; the sync brings the change; the same item object updates.
        try (PlatformClient other = PlatformClient.builder().baseUrl(InventoryFixture.platformUrl()).build()) {
            other.session().signIn("mona.manager", "demo");
            StockLevel after = other.create(InventoryApi.class).adjustStock(IdempotencyKeys.newKey(),
                    new StockAdjustmentCreate("WH-HAM", row.sku(), 4, AdjustmentReason.FOUND, "found")).body();
            assertThat(after.available()).isEqualTo(before + 4);
        }
        fx.catchUp();
        assertThat(vm.rows().get(2)).isSameAs(row);
        assertThat(row.availableProperty().get()).isEqualTo(before + 4);
        assertThat(vm.liveUpdatesProperty().get()).isPositive();
    }

    @Test
    void aLocalAdjustmentShowsInTheGridAtOnce() {
        vm.locationProperty().set("WH-VIE");
        StockItem row = vm.rows().get(0);
        int before = row.availableProperty().get();
        StockDetailViewModel detail = new StockDetailViewModel(fx.sessions, fx.source(), fx.runner, fx.notifier,
                fx.i18n);
        detail.itemProperty().set(row);
        detail.deltaProperty().set(before > 0 ? "-1" : "+1");
        detail.reasonProperty().set(AdjustmentReason.DAMAGE);
        detail.adjustCommand().execute();
        assertThat(row.availableProperty().get()).isEqualTo(before + (before > 0 ? -1 : 1));
    }

    @Test
    void exportsTheFilteredRows() {
        vm.locationProperty().set("ST-MUC");
        vm.levelProperty().set(Level.ALL);
        Path file = tmp.resolve("stock.csv");
        vm.export(file);
        Table t = TableFiles.read(file);
        assertThat(t.header()).startsWith("SKU", "EAN", "Title");
        assertThat(t.rows()).hasSize(vm.rows().size());
        assertThat(t.rows()).allSatisfy(r -> assertThat(r.get(4)).isEqualTo("ST-MUC"));
        assertThat(t.rows().getFirst().get(0)).isEqualTo(vm.rows().getFirst().sku());
        assertThat(fx.infos).anyMatch(s -> s.contains("stock.csv"));
        Path xlsx = tmp.resolve("stock.xlsx");
        vm.export(xlsx);
        assertThat(TableFiles.read(xlsx).rows()).hasSize(vm.rows().size());
        assertThat(fx.data.audit().pendingExportReports()).as("each export reported to the audit log").isEqualTo(2);
    }

    @Test
    void overstockIsExplainedWithItsThreshold() {
        assertThat(vm.overstockExplanation()).contains("26").contains("28");
        vm.levelProperty().set(Level.OVER);
        assertThat(vm.rows()).allSatisfy(i -> assertThat(i.levelProperty().get()).isEqualTo(Level.OVER));
    }

    static List<String> skus(StockGridViewModel vm) {
        return vm.rows().stream().map(StockItem::sku).toList();
    }
}
