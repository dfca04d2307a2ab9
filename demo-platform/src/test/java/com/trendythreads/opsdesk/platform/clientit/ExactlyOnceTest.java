package com.trendythreads.opsdesk.platform.clientit;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.dto.admin.FaultConfig;
import com.trendythreads.opsdesk.api.dto.admin.FaultRule;
import com.trendythreads.opsdesk.api.dto.inventory.AdjustmentReason;
import com.trendythreads.opsdesk.api.dto.inventory.StockAdjustmentCreate;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.http.RetryPolicy;
import com.trendythreads.opsdesk.api.service.AdminApi;
import com.trendythreads.opsdesk.api.service.InventoryApi;
import com.trendythreads.opsdesk.api.sync.Change;
import com.trendythreads.opsdesk.api.sync.ChangePage;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The promise the outbox rests on, end to end: when the platform carries out a change but the answer
/// is lost on the way back, the client's retry with the same Idempotency-Key gets the first answer
/// again and the change happens once.
class ExactlyOnceTest {

    private static DemoPlatform platform;
    private static PlatformClient client;

    @BeforeAll
    static void start() {
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().passwordIterations(1_000)
                .scale(Scale.TINY).build());
        client = PlatformClient.builder().baseUrl(platform.baseUrl() + "/")
                .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)))
                .build();
        client.session().signIn("walt.warehouse", "demo");
    }

    @AfterAll
    static void stop() {
        client.close();
        platform.close();
    }

    private static String latestToken() {
        ChangePage page = client.sync().changes(null, 500);
        while (page.hasMore()) {
            page = client.sync().changes(page.nextToken(), 500);
        }
        return page.nextToken();
    }

    @Test
    void aLostAnswerIsRetriedWithTheSameKeyAndAppliedOnce() {
        InventoryApi inventory = client.create(InventoryApi.class);
        StockLevel before = inventory.listStock(null, 1, "WH-BER", null).items().getFirst();
        String since = latestToken();
        client.create(AdminApi.class).setFaults(new FaultConfig(0, 0.0, 500, 0.0, 0.0, 0, null, null,
                new FaultRule(1, null, "/v1/stock/adjustments"), null));

        Versioned<StockLevel> after = inventory.adjustStock(IdempotencyKeys.newKey(),
                new StockAdjustmentCreate("WH-BER", before.sku(), 3, AdjustmentReason.FOUND, "found behind a shelf"));

        // The first attempt committed and lost its answer: the fault is used up.
        assertThat(client.create(AdminApi.class).getFaults().loseResponseNext().count()).isZero();
        assertThat(after.body().onHand()).isEqualTo(before.onHand() + 3);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        StockLevel now = inventory.listStock(null, 1, "WH-BER", before.sku()).items().getFirst();
        assertThat(now.onHand()).isEqualTo(before.onHand() + 3);
        ChangePage changes = client.sync().changes(since, 500);
        List<Change> movements = changes.changes().stream().filter(c -> c.resource().equals("movement")).toList();
        assertThat(movements).hasSize(1);
    }
}
