package com.trendythreads.opsdesk.platform.changes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.platform.DomainTestPlatform;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.inventory.InventoryModule;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/// `listChanges` pages as the real contract says (`limit` 1..1000, default 500), not by the 1..500 /
/// 100 rule of the other lists.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeFeedLimitTest {

    DomainTestPlatform p;
    ApiCaller admin;

    @BeforeAll
    void start() {
        p = DomainTestPlatform.start(List.of(new InventoryModule()));
        admin = p.as("ada.admin");
        // 1,001 changes in one write: enough to tell a page of 1,000 from the old cap of 500
        p.platform().writes().run(Principal.SYSTEM, tx -> {
            for (int i = 0; i < 1_001; i++) {
                String sku = "SKU-%04d".formatted(i);
                tx.recordChange("stock", "WH-BER|" + sku, ChangeOp.UPSERT, 1, new StockLevel("WH-BER|" + sku,
                        "WH-BER", sku, null, 1, 0, 1, 0, null, null, Instant.parse("2026-01-01T00:00:00Z"), 1));
            }
            return null;
        });
    }

    @AfterAll
    void stop() {
        p.close();
    }

    @Test
    void aPageHoldsUpTo1000Changes() {
        JsonNode page = admin.get("/v1/changes?since=0&limit=1000").json();
        assertThat(page.path("changes")).hasSize(1_000);
        assertThat(page.path("hasMore").asBoolean()).isTrue();
        JsonNode rest = admin.get("/v1/changes?since=" + page.path("nextToken").asText() + "&limit=1000").json();
        assertThat(rest.path("changes")).hasSize(1);
        assertThat(rest.path("hasMore").asBoolean()).isFalse();
    }

    @Test
    void theDefaultPageIs500() {
        JsonNode page = admin.get("/v1/changes?since=0").json();
        assertThat(page.path("changes")).hasSize(500);
        assertThat(page.path("hasMore").asBoolean()).isTrue();
    }

    @Test
    void aLimitOutside1To1000Is400NamingIt() {
        for (String limit : List.of("1001", "0")) {
            Resp r = admin.get("/v1/changes?since=0&limit=" + limit);
            assertThat(r.status()).as("limit=" + limit).isEqualTo(400);
            assertThat(r.problemFields()).containsExactly("limit");
        }
        // the other lists keep their 1..500
        assertThat(admin.get("/v1/stock?limit=1000").problemFields()).containsExactly("limit");
    }
}
