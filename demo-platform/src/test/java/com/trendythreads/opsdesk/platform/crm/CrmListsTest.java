package com.trendythreads.opsdesk.platform.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Every list of the domain, paged to the end over everything stored (the seed's rows included): each page
/// must match the contract (ApiCaller checks it), no item may come twice, and the pages must add up to the table.
class CrmListsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/v1/campaigns:campaigns", "/v1/promo-codes:promo_codes", "/v1/segments:segments",
            "/v1/customers:customers", "/v1/reviews:reviews", "/v1/tickets:tickets", "/v1/macros:macros"})
    void pagesThroughEverythingOnce(String pathAndTable) {
        String path = pathAndTable.split(":")[0];
        String table = pathAndTable.split(":")[1];
        CrmTestPlatform p = CrmTestPlatform.get();
        ApiCaller ada = p.as("ada.admin");
        Set<String> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            Resp r = ada.get(path + "?limit=37" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            for (JsonNode item : r.json().path("items")) {
                String key = item.has("id") ? item.path("id").asText() : item.path("code").asText();
                assertThat(seen.add(key)).as("duplicate " + key).isTrue();
            }
            cursor = r.json().path("nextCursor").isTextual() ? r.json().path("nextCursor").asText() : null;
            pages++;
        } while (cursor != null && pages < 1_000);
        long rows = p.platform.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                .mapTo(Long.class).one());
        assertThat((long) seen.size()).isEqualTo(rows).isPositive();
    }
}
