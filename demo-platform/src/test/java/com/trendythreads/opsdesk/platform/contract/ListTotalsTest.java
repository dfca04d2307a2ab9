package com.trendythreads.opsdesk.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.Review;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.privacy.PiiMasking;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/// `total` on list pages, for every list of the contract: the first page (no `cursor`) carries the number
/// of items matching the filters, and that number is exactly what walking every page yields; later pages
/// leave it out. Filtered lists (products by status, orders from a date, stock of one location, …) count
/// under the same filter, and paging with a cursor (the filters sent again with each page, as clients do)
/// stays within the filter and skips nothing.
///
/// Also the `from` filters an offline cache uses to keep the last N days: orders (`placedAt ≥ from`),
/// tickets and pick lists (`createdAt ≥ from`).
class ListTotalsTest {

    private static DemoPlatform platform;
    private static ApiCaller admin;

    @BeforeAll
    static void start() {
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().passwordIterations(1_000)
                .rateLimit(100_000, 100_000).scale(Scale.TINY).build());
        admin = new ApiCaller(URI.create(platform.baseUrl()), ContractValidator.fromClasspath())
                .signIn("ada.admin", "demo");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /// Every GET whose answer is an `XxxPage` (`{items, nextCursor, changeToken, total}`), by operationId.
    static Map<String, String> listOperations() throws IOException {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(ContractValidator.loadSpec());
        Map<String, String> lists = new TreeMap<>();
        spec.path("paths").properties().forEach(p -> {
            JsonNode get = p.getValue().path("get");
            String ref = get.at("/responses/200/content/application~1json/schema/$ref").asText("");
            if (ref.endsWith("Page") && spec.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1)
                    + "/properties").has("nextCursor")) {
                lists.put(get.path("operationId").asText(), p.getKey());
            }
        });
        // lane audit (issue #10): one record's history is walked for a product.
        lists.replaceAll((id, path) -> path.replace("{entityType}/{entityId}", "product/prd_000001"));
        return lists;
    }

    @Test
    void everyListOfTheContractIsCoveredAndDocumentsTotal() throws IOException {
        Map<String, String> lists = listOperations();
        assertThat(lists.keySet()).containsExactlyInAnyOrder("listUsers", "listCategories", "listProducts",
                "listLocations", "listStock", "listStockMovements", "listTransfers", "listOrders", "listPickLists",
                "listCampaigns", "listPromoCodes", "listSegments", "listCustomers", "listReviews", "listTickets",
                "listMacros", "listAuditEvents", "listRecordHistory", "listAlerts",
                // lane supply (issue #11)
                "listSuppliers", "listSupplierItems", "listPurchaseOrders");
        assertThat(lists.values()).noneMatch(path -> path.contains("{"));
    }

    @TestFactory
    Stream<DynamicTest> theFirstPageCountsWhatWalkingEveryPageYields() throws IOException {
        return listOperations().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> assertTotalMatchesWalk(e.getValue())));
    }

    @TestFactory
    Stream<DynamicTest> filteredListsCountUnderTheirFilter() {
        String weekAgo = Instant.now().minusSeconds(7 * 86_400L).toString();
        List<String> queries = List.of(
                "/v1/products?status=ACTIVE",
                "/v1/products?q=a",
                "/v1/orders?from=" + enc(weekAgo),
                "/v1/orders?status=DELIVERED&from=" + enc(Instant.now().minusSeconds(60 * 86_400L).toString()),
                "/v1/stock?locationId=WH-BER",
                "/v1/customers?loyaltyTier=GOLD",
                "/v1/tickets?status=OPEN",
                "/v1/tickets?from=" + enc(weekAgo),
                "/v1/users?role=WAREHOUSE");
        return queries.stream().map(q -> DynamicTest.dynamicTest(q, () -> {
            long filtered = assertTotalMatchesWalk(q);
            long unfiltered = firstPage(q.substring(0, q.indexOf('?'))).path("total").asLong();
            assertThat(filtered).as("the filter of %s narrows the count", q).isLessThan(unfiltered);
        }));
    }

    @Test
    void ordersFromADateKeepTheFilterAcrossCursorPages() {
        Instant from = Instant.now().minusSeconds(14 * 86_400L);
        List<JsonNode> walked = walk("/v1/orders?from=" + enc(from.toString()), 7);
        assertThat(walked).isNotEmpty();
        assertThat(walked).allSatisfy(o ->
                assertThat(Instant.parse(o.path("placedAt").asText())).isAfterOrEqualTo(from));
        List<String> expected = walk("/v1/orders", 500).stream()
                .filter(o -> !Instant.parse(o.path("placedAt").asText()).isBefore(from))
                .map(o -> o.path("id").asText()).toList();
        assertThat(walked.stream().map(o -> o.path("id").asText()).toList())
                .as("the same orders, newest first, none skipped across pages").isEqualTo(expected);
        assertThat(walked.size()).isLessThan(firstPage("/v1/orders").path("total").asInt());
    }

    @TestFactory
    Stream<DynamicTest> ticketsAndPickListsFromADateKeepExactlyThoseCreatedSince() {
        return Stream.of("/v1/tickets", "/v1/pick-lists").map(list -> DynamicTest.dynamicTest(list, () -> {
            List<Instant> created = walk(list, 500).stream()
                    .map(i -> Instant.parse(i.path("createdAt").asText())).sorted().toList();
            assertThat(created).hasSizeGreaterThan(2);
            Instant from = created.get(created.size() / 2);
            long expected = created.stream().filter(c -> !c.isBefore(from)).count();

            List<JsonNode> recent = walk(list + "?from=" + enc(from.toString()), (int) Math.max(1, expected / 3));
            assertThat((long) recent.size()).isEqualTo(expected).isLessThan(created.size());
            assertThat(recent).allSatisfy(i ->
                    assertThat(Instant.parse(i.path("createdAt").asText())).isAfterOrEqualTo(from));
            // An offset other than Z means the same instant.
            // OffsetDateTime.toString() drops zero seconds, which RFC 3339 does not allow.
            String plusTwo = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
                    .format(from.atOffset(java.time.ZoneOffset.ofHours(2)));
            assertThat(firstPage(list + "?limit=1&from=" + enc(plusTwo)).path("total").asLong()).isEqualTo(expected);
            assertThat(firstPage(list + "?limit=1&from=" + enc(Instant.now().plusSeconds(3_600).toString()))
                    .path("total").asLong()).isZero();
        }));
    }

    @Test
    void aFromThatIsNoDateTimeIsA400NamingIt() {
        for (String list : List.of("/v1/tickets", "/v1/pick-lists", "/v1/orders")) {
            for (String bad : List.of("yesterday", "2026-11-24T19:51%2B02:00", "2026-11-24")) {
                Resp r = admin.get(list + "?from=" + bad);
                assertThat(r.status()).as(list + " " + bad).isEqualTo(400);
                assertThat(r.problemFields()).as(list).contains("from");
            }
        }
    }

    @Test
    void totalIsNotAffectedByTheLimit() {
        long a = firstPage("/v1/products?limit=1").path("total").asLong();
        long b = firstPage("/v1/products?limit=500").path("total").asLong();
        assertThat(a).isEqualTo(b).isPositive();
    }

    /// Products and reviews go to every reader, orders and customers to a reader who sees PII, as their
    /// stored documents, unparsed (`StoredDoc`): right only while every stored document is exactly what its
    /// record writes, and a reader without PII rights must still get orders and customers masked.
    @Test
    void listsPassOnStoredDocumentsOnlyToReadersWhoSeeThemWhole() throws IOException {
        ObjectMapper json = Json.newMapper();
        for (Map.Entry<String, Class<?>> t : Map.<String, Class<?>>of("orders", Order.class, "customers",
                Customer.class, "products", Product.class, "reviews", Review.class).entrySet()) {
            List<String> docs = platform.database().jdbi().withHandle(h -> h.createQuery("SELECT doc FROM "
                    + t.getKey()).mapTo(String.class).list());
            assertThat(docs).as(t.getKey()).isNotEmpty();
            for (String doc : docs) {
                assertThat(json.writeValueAsString(json.readValue(doc, t.getValue()))).as(t.getKey()).isEqualTo(doc);
            }
        }
        ApiCaller marketing = new ApiCaller(URI.create(platform.baseUrl()), ContractValidator.fromClasspath())
                .signIn("mark.marketing", "demo");
        JsonNode order = firstPage("/v1/orders?limit=1").path("items").get(0);
        JsonNode customer = firstPage("/v1/customers?limit=1").path("items").get(0);
        assertThat(order).isEqualTo(json.readTree(storedDoc("orders", order.path("id").asText())));
        assertThat(customer).isEqualTo(json.readTree(storedDoc("customers", customer.path("id").asText())));
        assertThat(order.at("/customer/email").asText()).contains("@").doesNotContain("***");
        assertThat(customer.path("email").asText()).contains("@").doesNotContain("***");

        JsonNode maskedOrder = marketing.get("/v1/orders?limit=1").json().path("items").get(0);
        JsonNode maskedCustomer = marketing.get("/v1/customers?limit=1").json().path("items").get(0);
        assertThat(maskedOrder.path("id")).isEqualTo(order.path("id"));
        assertThat(maskedOrder.at("/customer/email").asText())
                .isEqualTo(PiiMasking.maskEmail(order.at("/customer/email").asText()));
        assertThat(maskedOrder.at("/billingAddress/street").asText()).isEqualTo(PiiMasking.MASKED);
        assertThat(maskedCustomer.path("id")).isEqualTo(customer.path("id"));
        assertThat(maskedCustomer.path("email").asText()).isEqualTo(PiiMasking.maskEmail(customer.path("email").asText()));
    }

    private static String storedDoc(String table, String id) {
        return platform.database().jdbi().withHandle(h -> h.createQuery("SELECT doc FROM " + table + " WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    /// Walks `pathAndQuery` in about three pages and returns the first page's total.
    private static long assertTotalMatchesWalk(String pathAndQuery) {
        JsonNode probe = firstPage(pathAndQuery + sep(pathAndQuery) + "limit=1");
        assertThat(probe.has("total")).as("%s: total on the first page: %s", pathAndQuery, probe).isTrue();
        long total = probe.path("total").asLong();
        int limit = (int) Math.max(1, Math.min(500, (total + 2) / 3));
        List<JsonNode> walked = walk(pathAndQuery, limit);
        assertThat((long) walked.size()).as("%s: items over all pages", pathAndQuery).isEqualTo(total);
        Set<String> ids = new HashSet<>();
        // supplier items are keyed by their SKU (lane supply)
        walked.forEach(i -> ids.add(i.path("id").asText(i.path("code").asText(i.path("sku").asText()))));
        assertThat(ids).as("%s: no item twice", pathAndQuery).hasSize(walked.size());
        return total;
    }

    /// Every item of every page; asserts `total` on the first page only.
    private static List<JsonNode> walk(String pathAndQuery, int limit) {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        Long firstTotal = null;
        int pages = 0;
        do {
            String url = pathAndQuery + sep(pathAndQuery) + "limit=" + limit + (cursor == null ? "" : "&cursor=" + enc(cursor));
            Resp r = admin.get(url);
            assertThat(r.status()).as("%s: %s", url, r.body()).isEqualTo(200);
            JsonNode page = r.json();
            if (pages == 0) {
                assertThat(page.has("total")).as("%s: total on the first page", url).isTrue();
                firstTotal = page.path("total").asLong();
            } else {
                assertThat(page.has("total")).as("%s: no total on a later page", url).isFalse();
            }
            page.path("items").forEach(items::add);
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
            pages++;
        } while (cursor != null);
        assertThat((long) items.size()).as("%s: total of the first page", pathAndQuery).isEqualTo(firstTotal);
        return items;
    }

    private static JsonNode firstPage(String pathAndQuery) {
        Resp r = admin.get(pathAndQuery);
        assertThat(r.status()).as("%s: %s", pathAndQuery, r.body()).isEqualTo(200);
        return r.json();
    }

    private static String sep(String pathAndQuery) {
        return pathAndQuery.contains("?") ? "&" : "?";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
