package com.trendythreads.opsdesk.platform.catalog;

import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.DRAFT_SHIRT;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.DRESS;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.DRESSES;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.DRESS_SKU;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.productBody;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.uniqueEan;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.uniqueSku;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.variant;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/// Categories and products over HTTP: what a merchandiser sees, and every way a bad request is refused.
class ProductApiTest {

    private final CatalogTestPlatform p = CatalogTestPlatform.get();
    private final ApiCaller merch = p.merch();

    private static List<String> ids(Resp r) {
        return StreamSupport.stream(r.json().path("items").spliterator(), false)
                .map(i -> i.path("id").asText()).toList();
    }

    private List<String> productIds(String query) {
        Resp r = merch.get("/v1/products?limit=500&" + query);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return ids(r);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ lists

    @Test
    void categoriesListWithAttributesAndPagesByCursor() {
        Resp all = p.as(com.trendythreads.opsdesk.platform.auth.Role.SUPPORT).get("/v1/categories");
        assertThat(all.status()).isEqualTo(200);
        assertThat(ids(all)).contains(DRESSES, CatalogTestPlatform.SHIRTS);
        assertThat(all.json().path("changeToken").asText()).isNotBlank();
        JsonNode dresses = StreamSupport.stream(all.json().path("items").spliterator(), false)
                .filter(c -> c.path("id").asText().equals(DRESSES)).findFirst().orElseThrow();
        assertThat(dresses.path("attributes").findValuesAsText("code")).containsExactly("material", "fit");

        Resp first = merch.get("/v1/categories?limit=1");
        assertThat(ids(first)).hasSize(1);
        String cursor = first.json().path("nextCursor").asText();
        Resp second = merch.get("/v1/categories?limit=1&cursor=" + enc(cursor));
        assertThat(ids(second)).hasSize(1).doesNotContainAnyElementsOf(ids(first));
    }

    @Test
    void badCursorAndLimitAre400NamingTheParameter() {
        Resp badCursor = merch.get("/v1/products?cursor=not-a-cursor");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.problemFields()).contains("cursor");
        Resp foreignCursor = merch.get("/v1/categories?limit=1");
        Resp mixed = merch.get("/v1/products?cursor=" + enc(foreignCursor.json().path("nextCursor").asText()));
        assertThat(mixed.status()).isEqualTo(400);
        assertThat(mixed.problemFields()).contains("cursor");
        Resp zero = merch.get("/v1/products?limit=0");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.problemFields()).contains("limit");
        Resp big = merch.get("/v1/stock?limit=501");
        assertThat(big.status()).isEqualTo(400);
        assertThat(big.problemFields()).contains("limit");
    }

    @Test
    void productFiltersMatchWhatTheyName() {
        assertThat(productIds("q=linen")).contains(DRESS).doesNotContain(DRAFT_SHIRT);
        assertThat(productIds("q=AURELIA")).contains(DRESS);
        assertThat(productIds("q=aur-drs")).contains(DRESS);
        assertThat(productIds("q=4000000000")).contains(DRESS, DRAFT_SHIRT);
        assertThat(productIds("q=" + enc("%"))).doesNotContain(DRESS);
        assertThat(productIds("status=DRAFT")).contains(DRAFT_SHIRT).doesNotContain(DRESS);
        assertThat(productIds("channel=APP")).contains(DRESS).doesNotContain(DRAFT_SHIRT);
        assertThat(productIds("channel=MARKETPLACE")).contains(DRAFT_SHIRT).doesNotContain(DRESS);
        assertThat(productIds("brand=Northway")).containsExactly(DRAFT_SHIRT);
        assertThat(productIds("season=SS26&categoryId=" + DRESSES)).contains(DRESS).doesNotContain(DRAFT_SHIRT);
        Resp badEnum = merch.get("/v1/products?status=LIVE");
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.problemFields()).contains("status");
        Resp badChannel = merch.get("/v1/products?channel=FAX");
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.problemFields()).contains("channel");
    }

    @Test
    void getProductHasItsVersionAsETag() {
        Resp r = p.as(com.trendythreads.opsdesk.platform.auth.Role.WAREHOUSE).get("/v1/products/" + DRESS);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("title").asText()).isEqualTo("Linen Summer Dress");
        assertThat(r.json().path("variants").get(0).path("sku").asText()).isEqualTo(DRESS_SKU);
        assertThat(r.etag()).isEqualTo("\"" + r.json().path("version").asLong() + "\"");
        assertThat(merch.get("/v1/products/prd_nope").status()).isEqualTo(404);
    }

    // ------------------------------------------------------------------ create

    @Test
    void createStoresTheProductItsSkusAndOneChange() {
        String since = p.changeToken();
        String sku = uniqueSku("TST-CRT");
        Map<String, Object> body = productBody("Wrap Dress", sku);
        Resp r = merch.post("/v1/products", body);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode created = r.json();
        String id = created.path("id").asText();
        assertThat(id).matches("prd_\\d{6,}");
        assertThat(r.header("Location")).hasValue("/v1/products/" + id);
        assertThat(r.etag()).isEqualTo("\"1\"");
        assertThat(created.path("version").asLong()).isEqualTo(1);
        assertThat(created.path("status").asText()).isEqualTo("DRAFT");
        assertThat(created.path("title").asText()).isEqualTo("Wrap Dress");
        assertThat(created.path("variants").get(0).path("priceCents").asLong()).isEqualTo(4_999);
        assertThat(created.path("media").isEmpty()).isTrue();
        assertThat(created.path("createdAt").asText()).isEqualTo(created.path("updatedAt").asText());

        assertThat(merch.get("/v1/products/" + id).json()).isEqualTo(created);
        assertThat(productIds("q=" + sku)).containsExactly(id);
        JsonNode change = p.assertOneChange(since, "product", id, "upsert", 1);
        assertThat(change.path("data").path("title").asText()).isEqualTo("Wrap Dress");
    }

    @Test
    void createIsIdempotentPerKey() {
        String key = UUID.randomUUID().toString();
        String sku = uniqueSku("TST-IDEM");
        Map<String, Object> body = productBody("Idempotent Dress", sku);
        Resp first = merch.post("/v1/products", body, "Idempotency-Key", key);
        Resp again = merch.post("/v1/products", body, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).hasValue("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(productIds("q=" + sku)).hasSize(1);

        body.put("title", "Another title");
        Resp other = merch.post("/v1/products", body, "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problemFields()).contains("Idempotency-Key");
        assertThat(productIds("q=" + sku)).hasSize(1);
    }

    private Resp createExpecting(int status, Map<String, Object> body, String... fields) {
        Resp r = merch.post("/v1/products", body);
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.problemFields()).as(r.body()).contains(fields);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstVariant(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("variants")).getFirst();
    }

    @Test
    void invalidValuesAre422NamingTheField() {
        Map<String, Object> negative = productBody("Bad", uniqueSku("TST-NEG"));
        firstVariant(negative).put("priceCents", -1);
        createExpecting(422, negative, "variants[0].priceCents");

        Map<String, Object> badEan = productBody("Bad", uniqueSku("TST-EAN"));
        String ean = uniqueEan();
        firstVariant(badEan).put("ean", ean.substring(0, 12) + ((ean.charAt(12) - '0' + 1) % 10));
        createExpecting(422, badEan, "variants[0].ean");

        createExpecting(422, productBody("x".repeat(10_000), uniqueSku("TST-LONG")), "title");

        Map<String, Object> longBrand = productBody("Fine", uniqueSku("TST-BRAND"));
        longBrand.put("brand", "b".repeat(10_000));
        createExpecting(422, longBrand, "brand");

        Map<String, Object> several = productBody("", uniqueSku("TST-MANY"));
        several.put("season", "SUMMER");
        several.put("categoryId", "cat-nope");
        several.put("attributes", Map.of("colourway", "blue"));
        firstVariant(several).put("compareAtPriceCents", 10);
        firstVariant(several).put("sku", "lower-case");
        firstVariant(several).remove("size");
        createExpecting(422, several, "title", "season", "categoryId", "variants[0].compareAtPriceCents",
                "variants[0].sku", "variants[0].size");

        Map<String, Object> undefinedAttribute = productBody("Fine", uniqueSku("TST-ATTR"));
        undefinedAttribute.put("attributes", Map.of("colourway", "blue", "fit", "BAGGY"));
        createExpecting(422, undefinedAttribute, "attributes.colourway", "attributes.fit");
    }

    @Test
    void duplicateSkusAndEansAreRefused() {
        Map<String, Object> twice = productBody("Twins", uniqueSku("TST-TWIN"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> variants = (List<Map<String, Object>>) twice.get("variants");
        Map<String, Object> copy = new LinkedHashMap<>(variants.getFirst());
        variants.add(copy);
        createExpecting(422, twice, "variants[1].sku", "variants[1].ean");

        Map<String, Object> taken = productBody("Copycat", DRESS_SKU);
        Resp conflict = createExpecting(409, taken, "variants[0].sku");
        assertThat(conflict.body()).contains(DRESS);

        Map<String, Object> takenEan = productBody("Copycat", uniqueSku("TST-EANDUP"));
        firstVariant(takenEan).put("ean", merch.get("/v1/products/" + DRESS).json().path("variants").get(0)
                .path("ean").asText());
        createExpecting(409, takenEan, "variants[0].ean");

        Map<String, Object> tooMany = productBody("Many", uniqueSku("TST-501"));
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            many.add(variant(uniqueSku("TST-V"), uniqueEan(), 100));
        }
        tooMany.put("variants", many);
        createExpecting(422, tooMany, "variants");
    }

    @Test
    void malformedBodiesAre400() {
        Resp malformed = merch.send("POST", "/v1/products", "application/json", "{\"title\": ",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(malformed.status()).isEqualTo(400);

        Map<String, Object> wrongType = productBody("Typed", uniqueSku("TST-TYPE"));
        firstVariant(wrongType).put("priceCents", "4999");
        Resp typed = merch.post("/v1/products", wrongType);
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.problemFields()).contains("variants[0].priceCents");

        Map<String, Object> unknown = productBody("Unknown", uniqueSku("TST-UNK"));
        unknown.put("colour", "red");
        Resp u = merch.post("/v1/products", unknown);
        assertThat(u.status()).isEqualTo(400);
        assertThat(u.problemFields()).contains("colour");

        Resp array = merch.post("/v1/products", "[]");
        assertThat(array.status()).isEqualTo(400);
        Resp badStatus = merch.post("/v1/products", Map.of("title", "x", "brand", "y", "categoryId", DRESSES,
                "season", "SS26", "status", "LIVE"));
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.problemFields()).contains("status");
    }

    // ------------------------------------------------------------------ update

    @Test
    void updateMergesFieldsBumpsVersionAndRecordsOneChange() {
        String sku = uniqueSku("TST-UPD");
        JsonNode created = p.createProduct(productBody("Before", sku));
        String id = created.path("id").asText();
        String since = p.changeToken();
        String keepSku = created.path("variants").get(0).path("sku").asText();

        Map<String, Object> kept = variant(keepSku, created.path("variants").get(0).path("ean").asText(), 5_500);
        String newSku = uniqueSku("TST-UPD2");
        Map<String, Object> patch = new HashMap<>();
        patch.put("title", "After");
        patch.put("description", null);
        patch.put("status", "ACTIVE");
        patch.put("variants", List.of(kept, variant(newSku, uniqueEan(), 6_000)));
        Resp r = merch.patch("/v1/products/" + id, patch, "If-Match", "\"1\"");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.etag()).isEqualTo("\"2\"");
        JsonNode after = r.json();
        assertThat(after.path("title").asText()).isEqualTo("After");
        assertThat(after.path("brand").asText()).isEqualTo("Testwear");
        assertThat(after.path("description").isNull() || after.path("description").isMissingNode()).isTrue();
        assertThat(after.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(after.path("variants").findValuesAsText("sku")).containsExactly(keepSku, newSku);
        assertThat(after.path("variants").get(0).path("priceCents").asLong()).isEqualTo(5_500);
        assertThat(after.path("updatedAt").asText()).isNotEqualTo(created.path("updatedAt").asText());
        assertThat(productIds("q=" + newSku)).containsExactly(id);
        p.assertOneChange(since, "product", id, "upsert", 2);

        Resp dropped = merch.patch("/v1/products/" + id, Map.of("variants", List.of(variant(newSku,
                after.path("variants").get(1).path("ean").asText(), 6_000))), "If-Match", "\"2\"");
        assertThat(dropped.status()).isEqualTo(200);
        assertThat(productIds("q=" + keepSku)).isEmpty();
    }

    @Test
    void updateNeedsACurrentIfMatch() {
        JsonNode created = p.createProduct(productBody("Versioned", uniqueSku("TST-VER")));
        String id = created.path("id").asText();
        Resp missing = merch.patch("/v1/products/" + id, Map.of("title", "x"));
        assertThat(missing.status()).isEqualTo(428);
        assertThat(merch.patch("/v1/products/" + id, Map.of("title", "v2"), "If-Match", "\"1\"").status())
                .isEqualTo(200);
        Resp stale = merch.patch("/v1/products/" + id, Map.of("title", "v3"), "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(2);
        assertThat(stale.json().path("current").path("title").asText()).isEqualTo("v2");
        assertThat(merch.patch("/v1/products/prd_nope", Map.of("title", "x"), "If-Match", "\"1\"").status())
                .isEqualTo(404);
    }

    @Test
    void updateRejectsBadValues() {
        JsonNode created = p.createProduct(productBody("Strict", uniqueSku("TST-STR")));
        String id = created.path("id").asText();
        Map<String, Object> nulls = new HashMap<>();
        nulls.put("title", null);
        // A null where the contract allows none is a body of the wrong shape: 400, named.
        Resp r = merch.patch("/v1/products/" + id, nulls, "If-Match", "\"1\"");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.problemFields()).contains("title");
        Resp tooLong = merch.patch("/v1/products/" + id, Map.of("brand", "z".repeat(101)), "If-Match", "\"1\"");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.problemFields()).contains("brand");

        Resp order = merch.patch("/v1/products/" + id, Map.of("mediaOrder", List.of("med_nope")), "If-Match", "\"1\"");
        assertThat(order.status()).isEqualTo(422);
        assertThat(order.problemFields()).contains("mediaOrder");
        Resp main = merch.patch("/v1/products/" + id, Map.of("mainMediaId", "med_nope"), "If-Match", "\"1\"");
        assertThat(main.status()).isEqualTo(422);
        assertThat(main.problemFields()).contains("mainMediaId");
        Resp dup = merch.patch("/v1/products/" + id, Map.of("variants", List.of(variant(DRESS_SKU, uniqueEan(), 1))),
                "If-Match", "\"1\"");
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.problemFields()).contains("variants[0].sku");
        Resp wrongType = merch.patch("/v1/products/" + id, Map.of("title", 5), "If-Match", "\"1\"");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(merch.get("/v1/products/" + id).json().path("version").asLong()).isEqualTo(1);
    }

    @Test
    void anActiveProductNeedsTheAttributesItsChannelsRequire() {
        // material is required for WEB in the test category; a DRAFT may lack it.
        Map<String, Object> body = productBody("Bare", uniqueSku("TST-BARE"));
        body.put("attributes", Map.of());
        JsonNode draft = p.createProduct(body);
        String id = draft.path("id").asText();

        Resp activate = merch.patch("/v1/products/" + id, Map.of("status", "ACTIVE"), "If-Match", "\"1\"");
        assertThat(activate.status()).as(activate.body()).isEqualTo(422);
        assertThat(activate.problemFields()).containsExactly("attributes.material");
        assertThat(activate.body()).contains("required to sell on WEB");

        Resp offWeb = merch.patch("/v1/products/" + id, Map.of("status", "ACTIVE", "channels", List.of("APP")),
                "If-Match", "\"1\"");
        assertThat(offWeb.status()).as("APP does not require material").isEqualTo(200);

        Map<String, Object> activeBody = productBody("Bare active", uniqueSku("TST-BARE"));
        activeBody.put("attributes", Map.of());
        activeBody.put("status", "ACTIVE");
        Resp create = merch.post("/v1/products", activeBody, "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(create.status()).isEqualTo(422);
        assertThat(create.problemFields()).containsExactly("attributes.material");
    }

    // ------------------------------------------------------------------ delete

    @Test
    void deleteOnlyDraftOrArchivedAndLeavesATombstone() {
        assertThat(merch.delete("/v1/products/" + DRESS, "If-Match", "\"1\"").status()).isEqualTo(409);

        String sku = uniqueSku("TST-DEL");
        JsonNode created = p.createProduct(productBody("Doomed", sku));
        String id = created.path("id").asText();
        assertThat(merch.delete("/v1/products/" + id).status()).isEqualTo(428);
        assertThat(merch.delete("/v1/products/" + id, "If-Match", "\"7\"").status()).isEqualTo(412);
        String since = p.changeToken();
        Resp deleted = merch.delete("/v1/products/" + id, "If-Match", "\"1\"");

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(merch.get("/v1/products/" + id).status()).isEqualTo(404);
        assertThat(productIds("q=" + sku)).isEmpty();
        JsonNode change = p.assertOneChange(since, "product", id, "delete", 2);
        assertThat(change.path("data").isNull() || change.path("data").isMissingNode()).isTrue();
        // its SKU is free again
        p.createProduct(productBody("Reborn", sku));
    }
}
