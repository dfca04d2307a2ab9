package com.trendythreads.opsdesk.viewmodels.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrder;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderStatus;
import com.trendythreads.opsdesk.api.dto.supply.SupplierItem;
import com.trendythreads.opsdesk.cache.supply.SupplyData;
import com.trendythreads.opsdesk.viewmodels.inventory.ReplenishmentViewModel.SuggestionItem;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingItems.LineItem;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingItems.ReceiveLine;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// lane supply (issue #11): replenishment plans with the suppliers' actual lead times, "Create POs" makes
/// one DRAFT per supplier in whole packs, and the Purchasing tab edits, sends and receives it — on
/// mia.merch's real cache against the TINY platform.
class PurchasingViewModelTest {

    @TempDir
    Path tmp;

    private InventoryFixture fx;
    private ReplenishmentViewModel replenishment;
    private PurchasingViewModel purchasing;

    @BeforeEach
    void open() {
        fx = new InventoryFixture(tmp.resolve("cache"), "mia.merch");
        replenishment = new ReplenishmentViewModel(fx.source(), fx.runner, fx.notifier, fx.i18n);
        purchasing = new PurchasingViewModel(fx.source(), fx.runner, fx.notifier, fx.i18n);
        replenishment.load();
    }

    @AfterEach
    void close() {
        purchasing.deactivate();
        fx.close();
    }

    @Test
    void suggestionsBecomeDraftPosThatAreEditedSentAndReceived() {
        replenishment.onlyToOrderProperty().set(true);
        replenishment.computeCommand().execute();
        assertThat(replenishment.suggestions()).isNotEmpty();
        // every TINY SKU has a supplier with a received history: the lead time is the actual one
        assertThat(replenishment.suggestions()).allSatisfy(s -> assertThat(s.leadSource()).endsWith("(actual)"));
        SupplyData supply = fx.data.supply();
        SuggestionItem first = replenishment.suggestions().getFirst();
        assertThat(first.leadDays()).isEqualTo(supply.scorecards().get(first.supplierId()).planningLeadDays());

        List<SuggestionItem> picked = replenishment.suggestions().stream().limit(3).toList();
        replenishment.selectedSuggestions().setAll(picked);
        assertThat(replenishment.createOrdersCommand().executableProperty().get()).isTrue();
        replenishment.createOrdersCommand().execute();
        long suppliers = picked.stream().map(SuggestionItem::supplierId).distinct().count();
        assertThat(replenishment.createdOrders()).hasSize((int) suppliers);
        String localId = replenishment.createdOrders().getFirst();

        purchasing.activate();
        purchasing.open(localId);
        assertThat(purchasing.selectedProperty().get().id()).isEqualTo(localId);
        assertThat(purchasing.editableProperty().get()).isTrue();
        PurchaseOrder draft = purchasing.selectedProperty().get().order();
        assertThat(draft.status()).isEqualTo(PurchaseOrderStatus.DRAFT);
        Map<String, SupplierItem> items = supply.items(draft.lines().stream().map(l -> l.sku()).toList());
        for (var line : draft.lines()) {
            SuggestionItem s = picked.stream().filter(p -> p.sku().equals(line.sku())).findFirst().orElseThrow();
            assertThat(line.quantity() % items.get(line.sku()).packSize()).as("whole packs").isZero();
            assertThat(line.quantity()).isGreaterThanOrEqualTo(s.suggested());
        }

        // one more pack of the first line, saved, pushed
        LineItem edited = purchasing.lines().getFirst();
        int pack = items.get(edited.sku()).packSize();
        int qty = edited.typedQuantity() + pack;
        edited.quantityProperty().set(Integer.toString(qty));
        purchasing.saveCommand().execute();
        fx.push();
        fx.catchUp();
        PurchaseOrder pushed = supply.purchaseOrders(PurchaseOrderStatus.DRAFT).stream()
                .filter(p -> p.supplierId().equals(draft.supplierId())).findFirst().orElseThrow();
        assertThat(pushed.id()).startsWith("po_");
        assertThat(pushed.lines().getFirst().quantity()).isEqualTo(qty);

        purchasing.open(pushed.id());
        purchasing.sendCommand().execute();
        fx.push();
        fx.catchUp();
        purchasing.reload();
        assertThat(purchasing.selectedProperty().get().order().status()).isEqualTo(PurchaseOrderStatus.SENT);
        assertThat(purchasing.editableProperty().get()).isFalse();

        // a delivery one unit short on the first line: the dialog shows the difference as typed
        purchasing.receiveCommand().execute();
        ReceiveLine short1 = purchasing.receiveLines().getFirst();
        short1.countedProperty().set(Integer.toString(short1.outstanding() - 1));
        assertThat(short1.discrepancyProperty().get()).isEqualTo("-1");
        assertThat(purchasing.confirmReceive(false)).isTrue();
        fx.push();
        fx.catchUp();
        purchasing.reload();
        PurchaseOrder after = purchasing.selectedProperty().get().order();
        assertThat(after.status()).isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
        assertThat(purchasing.lines().getFirst().discrepancy()).isEqualTo("-1");
        assertThat(fx.errors).isEmpty();

        // the scorecard: one row per supplier, planned with the actual lead time
        assertThat(purchasing.scorecard()).hasSize(12);
        assertThat(purchasing.scorecard()).allSatisfy(r -> assertThat(r.planning()).endsWith("(actual)"));
    }
}
