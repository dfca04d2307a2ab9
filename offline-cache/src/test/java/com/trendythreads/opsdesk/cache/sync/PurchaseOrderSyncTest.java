package com.trendythreads.opsdesk.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrder;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderStatus;
import com.trendythreads.opsdesk.api.dto.supply.Supplier;
import com.trendythreads.opsdesk.api.dto.supply.SupplierItem;
import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.cache.supply.LeadTimeStats;
import com.trendythreads.opsdesk.cache.supply.PoPlanner;
import com.trendythreads.opsdesk.cache.supply.SupplyData;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import com.trendythreads.opsdesk.platform.faults.FaultInjector;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// Purchase orders from the desk through the outbox against the demo platform: a PO created while the
/// platform fails arrives once, and two partial receipts leave the right stock on the platform.
class PurchaseOrderSyncTest extends PlatformTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String POS = "/v1/purchase-orders";

    private static JsonNode stock(PlatformClient truth, String loc, String sku) {
        return TestPlatform.all(truth, "v1/stock", Map.of("locationId", loc, "sku", sku)).getFirst();
    }

    @Test
    void aPoCreatedWhileThePlatformFailsArrivesOnceAndTwoReceiptsMoveIncomingToOnHand() {
        TestPlatform.Client desk = runningDesk(TestPlatform.FAST, WAIT);
        PlatformClient truth = platform.client("ada.admin");
        SupplyData supply = new SupplyData(desk.db(), desk.engine().edits(), Clock.systemUTC(), SalesCalendar.ZONE);

        // the sync brought suppliers, their SKUs and the seeded PO history; the scorecard uses it
        Map<String, Supplier> suppliers = supply.suppliersById();
        assertThat(suppliers).hasSize(12);
        LeadTimeStats.Card card = supply.scorecards().get("sup_002");
        assertThat(card.receivedPos()).isEqualTo(6);
        assertThat(card.source()).isEqualTo(LeadTimeStats.Source.ACTUAL);

        String loc = "WH-HAM";
        List<String> skus = TestPlatform.all(truth, "v1/supplier-items", Map.of("supplierId", "sup_002")).stream()
                .limit(2).map(n -> n.get("sku").asText()).toList();
        Map<String, SupplierItem> items = supply.items(skus);
        String a = skus.get(0);
        String b = skus.get(1);
        int onHandA = stock(truth, loc, a).get("onHand").asInt();
        int incomingA = stock(truth, loc, a).get("incoming").asInt();
        int incomingB = stock(truth, loc, b).get("incoming").asInt();
        PoPlanner.Plan plan = PoPlanner.plan(List.of(
                new PoPlanner.Need(a, loc, 5, "sup_002", items.get(a).unitCostCents(), items.get(a).packSize()),
                new PoPlanner.Need(b, loc, 1, "sup_002", items.get(b).unitCostCents(), items.get(b).packSize())),
                Map.of("sup_002", new PoPlanner.Supplier("sup_002", "x", 0, "EUR")));
        PoPlanner.Draft draft = plan.drafts().getFirst();
        int qtyA = draft.lines().get(0).quantity();
        int qtyB = draft.lines().get(1).quantity();

        // First push: 503 before the platform does anything; second: made, answer lost; third: replayed.
        FaultInjector faults = platform.platform().faults();
        faults.set(new FaultConfig(0, 0, 500, 0, 0, 0, new FaultConfig.FailNext(1, 503, POS), null,
                new FaultConfig.DropNext(1, POS), null));
        String note = "sync-test " + System.nanoTime();
        String localId = supply.createDraft(draft, note);
        assertThat(supply.purchaseOrder(localId)).get().extracting(PurchaseOrder::status)
                .isEqualTo(PurchaseOrderStatus.DRAFT);

        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(desk.engine().status().pendingEdits()).isZero();
            assertThat(mine(supply, note)).hasSize(1);
        });
        FaultConfig left = faults.current();
        faults.reset();
        assertThat(left.failNext().count()).as("the 503 was answered").isZero();
        assertThat(left.loseResponseNext().count()).as("the answer was lost once").isZero();
        List<JsonNode> onPlatform = TestPlatform.all(truth, "v1/purchase-orders", Map.of("supplierId", "sup_002"))
                .stream().filter(n -> note.equals(n.path("note").asText())).toList();
        assertThat(onPlatform).as("made once on the platform").hasSize(1);
        String id = onPlatform.getFirst().get("id").asText();
        assertThat(mine(supply, note).getFirst().id()).isEqualTo(id);

        // send, then two partial receipts of A (and B complete in the first)
        supply.send(id);
        int firstA = qtyA / 2;
        supply.receive(id, Map.of(a, firstA, b, qtyB), false);
        assertThat(supply.purchaseOrder(id).orElseThrow().status()).as("shown at once")
                .isEqualTo(PurchaseOrderStatus.PARTIALLY_RECEIVED);
        supply.receive(id, Map.of(a, qtyA - firstA), false);
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            assertThat(desk.engine().status().pendingEdits()).isZero();
            assertThat(supply.purchaseOrder(id).orElseThrow().status()).isEqualTo(PurchaseOrderStatus.RECEIVED);
        });
        assertThat(desk.engine().status().failedEdits()).isZero();
        assertThat(stock(truth, loc, a).get("onHand").asInt()).isEqualTo(onHandA + qtyA);
        assertThat(stock(truth, loc, a).get("incoming").asInt()).isEqualTo(incomingA);
        assertThat(stock(truth, loc, b).get("incoming").asInt()).isEqualTo(incomingB);
        assertThat(supply.purchaseOrder(id).orElseThrow().receipts()).hasSize(2);
    }

    private static List<PurchaseOrder> mine(SupplyData supply, String note) {
        return supply.purchaseOrders(null).stream().filter(p -> note.equals(p.note())).toList();
    }
}
