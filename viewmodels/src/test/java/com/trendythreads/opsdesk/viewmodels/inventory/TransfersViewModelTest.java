package com.trendythreads.opsdesk.viewmodels.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.api.dto.inventory.TransferStatus;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A transfer from Berlin to Hamburg: created, shipped and received one unit short, through the outbox.
class TransfersViewModelTest {

    @TempDir
    Path tmp;

    private InventoryFixture fx;
    private TransfersViewModel vm;

    @BeforeEach
    void open() {
        fx = new InventoryFixture(tmp.resolve("cache"), "walt.warehouse");
        vm = new TransfersViewModel(fx.source(), fx.runner, fx.notifier, fx.i18n);
        vm.activate();
    }

    @AfterEach
    void close() {
        vm.deactivate();
        fx.close();
    }

    private String skuWithStock(int atLeast) {
        return fx.db.read(h -> h.createQuery("SELECT sku FROM stock WHERE location_id = 'WH-BER' AND available >= :n"
                + " ORDER BY sku LIMIT 1").bind("n", atLeast).mapTo(String.class).one());
    }

    private JsonNode platformTransfer(String id) {
        return fx.client.create(ResourcesApi.class).get("v1/transfers/" + id).body();
    }

    private int platformOnHand(String loc, String sku) {
        return fx.client.create(ResourcesApi.class).list("v1/stock", Map.of("locationId", loc, "sku", sku))
                .get("items").get(0).get("onHand").asInt();
    }

    @Test
    void createShipAndReceiveWithADiscrepancy() {
        String a = skuWithStock(5);
        int hamBefore = platformOnHand("WH-HAM", a);
        vm.fromProperty().set("WH-BER");
        vm.toProperty().set("WH-BER");
        vm.lineSkuProperty().set(a);
        vm.lineQuantityProperty().set("4");
        vm.addLineCommand().execute();
        assertThat(vm.draft()).containsExactly(new TransfersViewModel.DraftLine(a, 4));
        assertThat(vm.createCommand().isExecutable()).as("from and to must differ").isFalse();
        vm.toProperty().set("WH-HAM");
        vm.createCommand().execute();

        // Shown at once under a local id, CREATED.
        TransfersViewModel.TransferItem local = vm.transfers().getFirst();
        assertThat(local.transfer().status()).isEqualTo(TransferStatus.CREATED);
        assertThat(local.lines()).isEqualTo(a + " × 4");
        fx.push();
        vm.reload();
        TransfersViewModel.TransferItem created = vm.transfers().stream()
                .filter(t -> t.transfer().lines().getFirst().sku().equals(a)).findFirst().orElseThrow();
        String id = created.transfer().id();
        assertThat(id).doesNotStartWith("local-");
        assertThat(platformTransfer(id).get("status").asText()).isEqualTo("CREATED");

        vm.selectedProperty().set(created);
        assertThat(vm.receiveCommand().isExecutable()).isFalse();
        vm.shipCommand().execute();
        assertThat(vm.selectedProperty().get().transfer().status()).isEqualTo(TransferStatus.SHIPPED);
        fx.push();
        assertThat(platformTransfer(id).get("status").asText()).isEqualTo("SHIPPED");

        vm.reload();
        assertThat(vm.receiveCommand().isExecutable()).isTrue();
        assertThat(vm.receiveLines()).singleElement().satisfies(l -> {
            assertThat(l.shipped()).isEqualTo(4);
            assertThat(l.receivedProperty().get()).isEqualTo("4");
        });
        vm.receiveLines().getFirst().receivedProperty().set("3");
        vm.receiveCommand().execute();
        assertThat(vm.selectedProperty().get().transfer().status()).isEqualTo(TransferStatus.RECEIVED_WITH_DISCREPANCY);
        assertThat(vm.discrepancyProperty().get()).isEqualTo("Discrepancy on receipt: -1 units against what was shipped.");
        fx.push();
        assertThat(fx.engine.outbox().entries()).isEmpty();
        JsonNode done = platformTransfer(id);
        assertThat(done.get("status").asText()).isEqualTo("RECEIVED_WITH_DISCREPANCY");
        assertThat(done.get("lines").get(0).get("receivedQuantity").asInt()).isEqualTo(3);
        assertThat(platformOnHand("WH-HAM", a)).isEqualTo(hamBefore + 3);
        int localLeft = fx.db.read(h -> h.createQuery("SELECT COUNT(*) FROM transfers WHERE id LIKE 'local-%'")
                .mapTo(Integer.class).one());
        assertThat(localLeft).as("the local id gave way to the platform's").isZero();
    }
}
