package com.trendythreads.opsdesk.platform.catalog;

import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.DRESS;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.DRESS_SKU;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.WH_BER;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.http.ContractSpec;
import com.trendythreads.opsdesk.platform.http.Operation;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/// Every catalog and inventory operation × every role: allowed exactly when the contract's `x-roles`
/// says so. The operations and their roles come from `openapi.yaml` (tags `catalog` and `inventory`), not
/// from a second matrix here. Allowed calls are probes that cannot change data (unknown ids, empty
/// bodies), so the answer is the handler's 2xx/4xx — anything but 401/403/5xx.
class CatalogRolesTest {

    private static final Set<String> TAGS = Set.of("catalog", "inventory");
    private final CatalogTestPlatform p = CatalogTestPlatform.get();

    /// A harmless request for each operation: path ids and body.
    private record Probe(String path, String body) {
    }

    private static final Map<String, Probe> PROBES = Map.ofEntries(
            Map.entry("listCategories", new Probe("/v1/categories", null)),
            Map.entry("listProducts", new Probe("/v1/products?limit=1", null)),
            Map.entry("createProduct", new Probe("/v1/products", "{}")),
            Map.entry("getProduct", new Probe("/v1/products/" + DRESS, null)),
            Map.entry("updateProduct", new Probe("/v1/products/prd_missing", "{\"title\":\"x\"}")),
            Map.entry("deleteProduct", new Probe("/v1/products/prd_missing", null)),
            Map.entry("uploadProductMedia", new Probe("/v1/products/prd_missing/media", "{}")),
            Map.entry("deleteProductMedia", new Probe("/v1/products/prd_missing/media/med_missing", null)),
            Map.entry("getMediaContent", new Probe("/v1/media/med_missing/content", null)),
            Map.entry("listLocations", new Probe("/v1/locations", null)),
            Map.entry("listStock", new Probe("/v1/stock?limit=1", null)),
            Map.entry("updateStockLevel", new Probe("/v1/stock/WH-NONE/NO-SKU", "{\"bin\":\"A\"}")),
            Map.entry("adjustStock", new Probe("/v1/stock/adjustments", "{}")),
            Map.entry("listStockMovements", new Probe("/v1/stock/movements?limit=1", null)),
            Map.entry("listTransfers", new Probe("/v1/transfers?limit=1", null)),
            Map.entry("createTransfer", new Probe("/v1/transfers", "{}")),
            Map.entry("getTransfer", new Probe("/v1/transfers/trf_missing", null)),
            Map.entry("shipTransfer", new Probe("/v1/transfers/trf_missing/ship", null)),
            Map.entry("receiveTransfer", new Probe("/v1/transfers/trf_missing/receive",
                    "{\"lines\":[{\"sku\":\"X\",\"receivedQuantity\":1}]}")));

    private static List<Operation> operations() {
        return ContractSpec.load("openapi.yaml").operations().stream()
                .filter(op -> StreamSupport.stream(op.raw().path("tags").spliterator(), false)
                        .anyMatch(t -> TAGS.contains(t.asText())))
                .toList();
    }

    @Test
    void everyOperationOfTheDomainHasAProbeAndAHandler() {
        assertThat(operations()).extracting(Operation::operationId)
                .containsExactlyInAnyOrderElementsOf(PROBES.keySet());
        assertThat(p.platform.unhandledOperations()).doesNotContainAnyElementsOf(PROBES.keySet());
    }

    @TestFactory
    Stream<DynamicTest> rolesAreExactlyTheContractsXRoles() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Operation op : operations()) {
            for (Role role : Role.values()) {
                boolean allowed = op.roles().isEmpty() || op.roles().contains(role);
                tests.add(DynamicTest.dynamicTest(op.operationId() + " as " + role + (allowed ? " → allowed" : " → 403"),
                        () -> {
                            Probe probe = PROBES.get(op.operationId());
                            String method = op.method().name();
                            Resp r = p.as(role).send(method, probe.path(),
                                    probe.body() == null ? null : "application/json", probe.body(),
                                    "Idempotency-Key", UUID.randomUUID().toString(), "If-Match", "\"1\"");
                            if (allowed) {
                                assertThat(r.status()).as(r.body()).isNotIn(401, 403).isLessThan(500);
                            } else {
                                assertThat(r.status()).as(r.body()).isEqualTo(403);
                            }
                        }));
            }
        }
        return tests.stream();
    }

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
