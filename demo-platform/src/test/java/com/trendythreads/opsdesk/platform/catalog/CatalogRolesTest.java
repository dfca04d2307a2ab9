package com.trendythreads.opsdesk.platform.catalog;

import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.DRESS_SKU;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.WH_BER;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/// Catalog and inventory roles beyond the operation × role matrix (`RoleMatrixTest` covers 403 exactly
/// outside each operation's `x-roles`): the change feed shows each catalog and inventory resource only to
/// the roles that may call its list.
class CatalogRolesTest {

    private final CatalogTestPlatform p = CatalogTestPlatform.get();

    @Test
    void theChangeFeedShowsEachResourceOnlyToItsListsRoles() {
        String since = p.changeToken();
        Resp t = p.warehouse().post("/v1/transfers", Map.of("fromLocationId", WH_BER,
                "toLocationId", CatalogTestPlatform.WH_HAM, "lines", List.of(Map.of("sku", DRESS_SKU, "quantity", 1))));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        String id = t.json().path("id").asText();

        assertThat(resourcesSeenBy(Role.MERCHANDISER, since, id)).containsExactly("transfer");
        assertThat(resourcesSeenBy(Role.SUPPORT, since, id)).isEmpty();
        assertThat(resourcesSeenBy(Role.MARKETING, since, id)).isEmpty();
        // listStock is open to every role, so every role sees stock changes
        Resp adj = p.warehouse().post("/v1/stock/adjustments", Map.of("locationId", WH_BER, "sku", DRESS_SKU,
                "delta", 1, "reason", "FOUND"));
        assertThat(adj.status()).isEqualTo(201);
        assertThat(resourcesSeenBy(Role.SUPPORT, since, WH_BER + "|" + DRESS_SKU)).contains("stock");
    }

    private List<String> resourcesSeenBy(Role role, String since, String id) {
        Resp r = p.as(role).get("/v1/changes?since=" + since + "&limit=500");
        assertThat(r.status()).isEqualTo(200);
        return StreamSupport.stream(r.json().path("changes").spliterator(), false)
                .filter(c -> c.path("id").asText().equals(id))
                .map(c -> c.path("resource").asText())
                .distinct()
                .toList();
    }
}
