package com.trendythreads.opsdesk.viewmodels.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.inventory.AdjustmentReason;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Adjustments, reorder points and movement history of one stock level, as walt.warehouse.
class StockDetailViewModelTest {

    @TempDir
    Path tmp;

    private InventoryFixture fx;
    private StockGridViewModel grid;
    private StockDetailViewModel vm;
    private StockItem item;

    @BeforeEach
    void open() {
        fx = new InventoryFixture(tmp.resolve("cache"), "walt.warehouse");
        StockSource source = fx.source();
        grid = new StockGridViewModel(source, fx.runner, fx.notifier, fx.i18n);
        grid.activate();
        grid.locationProperty().set("WH-BER");
        item = grid.rows().stream().filter(i -> i.onHandProperty().get() >= 3).findFirst().orElseThrow();
        vm = new StockDetailViewModel(fx.sessions, source, fx.runner, fx.notifier, fx.i18n);
        vm.itemProperty().set(item);
    }

    @AfterEach
    void close() {
        grid.deactivate();
        fx.close();
    }

    private JsonNode platformLevel() {
        return fx.client.create(ResourcesApi.class).list("v1/stock", Map.of("locationId", "WH-BER", "sku", item.sku()))
                .get("items").get(0);
    }

    @Test
    void theDeltaIsCheckedAsOneTypes() {
        vm.reasonProperty().set(AdjustmentReason.DAMAGE);
        vm.deltaProperty().set("0");
        assertThat(vm.deltaErrorProperty().get()).isEqualTo("A change in whole units, like -2 or +5, not 0.");
        assertThat(vm.adjustCommand().isExecutable()).isFalse();
        vm.deltaProperty().set("two");
        assertThat(vm.adjustCommand().isExecutable()).isFalse();
        vm.deltaProperty().set(Integer.toString(-item.onHandProperty().get() - 1));
        assertThat(vm.deltaErrorProperty().get()).contains("below zero").contains(
                Integer.toString(item.onHandProperty().get()));
        assertThat(vm.adjustCommand().isExecutable()).isFalse();
        vm.deltaProperty().set("+2");
        assertThat(vm.deltaErrorProperty().get()).isEmpty();
        assertThat(vm.adjustCommand().isExecutable()).isTrue();
        vm.reasonProperty().set(null);
        assertThat(vm.adjustCommand().isExecutable()).as("a reason is required").isFalse();
    }

    @Test
    void anAdjustmentShowsAtOnceAndReachesThePlatformAsADelta() {
        int onHand = platformLevel().get("onHand").asInt();
        int available = item.availableProperty().get();
        vm.deltaProperty().set("-2");
        vm.reasonProperty().set(AdjustmentReason.DAMAGE);
        vm.noteProperty().set("Torn seam");
        vm.adjustCommand().execute();

        assertThat(item.availableProperty().get()).as("shown before the platform knows").isEqualTo(available - 2);
        assertThat(item.onHandProperty().get()).isEqualTo(onHand - 2);
        assertThat(vm.deltaProperty().get()).isEmpty();
        assertThat(fx.infos).anyMatch(s -> s.contains("-2") && s.contains(item.sku()));
        assertThat(fx.engine.outbox().entries()).singleElement()
                .satisfies(e -> assertThat(e.path()).isEqualTo("v1/stock/adjustments"));

        fx.push();
        assertThat(fx.engine.outbox().entries()).isEmpty();
        assertThat(platformLevel().get("onHand").asInt()).isEqualTo(onHand - 2);
        assertThat(item.onHandProperty().get()).isEqualTo(onHand - 2);

        // The movement history, read from the platform, has the adjustment with its reason and note.
        vm.itemProperty().set(null);
        vm.itemProperty().set(item);
        assertThat(vm.historySourceProperty().get()).startsWith("From the platform");
        assertThat(vm.movements()).anySatisfy(m -> {
            assertThat(m.delta()).isEqualTo("-2");
            assertThat(m.location()).isEqualTo("WH-BER");
            assertThat(m.detail()).isEqualTo("Damage: Torn seam");
        });
    }

    @Test
    void aReorderPointIsSetForTheLevel() {
        vm.reorderPointProperty().set("-3");
        assertThat(vm.reorderPointErrorProperty().get()).isNotEmpty();
        assertThat(vm.saveReorderPointCommand().isExecutable()).isFalse();
        vm.reorderPointProperty().set("17");
        assertThat(vm.reorderPointErrorProperty().get()).isEmpty();
        vm.saveReorderPointCommand().execute();
        assertThat(item.reorderPointProperty().get()).isEqualTo(17);
        fx.push();
        assertThat(fx.engine.outbox().entries()).isEmpty();
        assertThat(platformLevel().get("reorderPoint").asInt()).isEqualTo(17);
    }

    @Test
    void mayNotAdjustWithoutThePermission() {
        try (InventoryFixture merch = new InventoryFixture(tmp.resolve("merch"), "mia.merch")) {
            StockDetailViewModel m = new StockDetailViewModel(merch.sessions, merch.source(), merch.runner,
                    merch.notifier, merch.i18n);
            m.itemProperty().set(item);
            m.reasonProperty().set(AdjustmentReason.FOUND);
            m.deltaProperty().set("1");
            assertThat(m.adjustCommand().isExecutable()).isFalse();
        }
    }
}
