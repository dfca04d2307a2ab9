package com.trendythreads.opsdesk.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.trendythreads.opsdesk.api.rules.Ean13;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/// A bad-input probe over every JSON operation of the contract, made from the contract itself.
///
/// Each operation gets a valid body on a real, seeded resource; the probe then breaks exactly one
/// field at a time in every way the schema forbids (wrong type, null where not nullable, below the
/// minimum, above the maximum, too long, not matching its pattern, not in its enum, too few items, an
/// int32 overflow, an unknown field) and sends it. The platform must answer 400 or 422 with a
/// problem naming that field, never a 5xx and never a success; the body must also survive garbage
/// (not JSON, JSON null, an array, a string). Every answer is checked against the contract.
class BadInputProbeTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private static DemoPlatform platform;
    private static ApiCaller admin;
    private static JsonNode spec;
    private static final Map<String, Target> targets = new LinkedHashMap<>();

    /// A valid request for one operation: its path with real ids, its body, and its If-Match.
    record Target(String path, ObjectNode body, String ifMatch) {
    }

    record Probe(String opId, String method, Target target, String field, JsonNode body, String rawBody) {
    }

    @BeforeAll
    static void start() throws IOException {
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().passwordIterations(1_000)
                .scale(Scale.TINY).rateLimit(100_000, 100_000).build());
        admin = new ApiCaller(URI.create(platform.baseUrl()), ContractValidator.fromClasspath()).signIn("ada.admin", "demo");
        spec = YAML.readTree(ContractValidator.loadSpec());
        buildTargets();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static JsonNode first(String path) {
        JsonNode items = admin.get(path).json().path("items");
        assertThat(items.size()).as("seeded items at " + path).isPositive();
        return items.get(0);
    }

    private static ObjectNode obj(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static String etag(String path) {
        return admin.get(path).etag();
    }

    private static void buildTargets() {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String later = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        JsonNode product = first("/v1/products?limit=1");
        String productId = product.path("id").asText();
        String category = product.path("categoryId").asText();
        JsonNode stock = first("/v1/stock?locationId=WH-BER&limit=1");
        String sku = stock.path("sku").asText();
        JsonNode delivered = first("/v1/orders?status=DELIVERED&limit=1");
        String deliveredId = delivered.path("id").asText();
        String deliveredLine = delivered.path("lines").get(0).path("id").asText();
        String paidId = first("/v1/orders?status=PAID&limit=1").path("id").asText();
        JsonNode pickList = first("/v1/pick-lists?status=OPEN&limit=1");
        String pickListId = pickList.path("id").asText();
        JsonNode pickLine = pickList.path("lines").get(0);
        String customerId = first("/v1/customers?limit=1").path("id").asText();
        String segmentId = first("/v1/segments?limit=1").path("id").asText();
        String ticketId = first("/v1/tickets?status=OPEN&limit=1").path("id").asText();

        Resp campaign = admin.post("/v1/campaigns", obj("""
                {"name":"Probe campaign","channel":"EMAIL","budgetCents":1000,"segmentId":"%s",
                 "subject":"Hello","body":"World"}""".formatted(segmentId)));
        assertThat(campaign.status()).as(campaign.body()).isEqualTo(201);
        String campaignId = campaign.json().path("id").asText();
        Resp code = admin.post("/v1/promo-codes", obj("""
                {"code":"PROBEBASE","type":"PERCENT","value":10,"validFrom":"%s",
                 "scope":{"categoryIds":[],"productIds":[]}}""".formatted(now)));
        assertThat(code.status()).as(code.body()).isEqualTo(201);
        Resp transfer = admin.post("/v1/transfers", obj("""
                {"fromLocationId":"WH-BER","toLocationId":"WH-HAM","lines":[{"sku":"%s","quantity":1}]}""".formatted(sku)));
        assertThat(transfer.status()).as(transfer.body()).isEqualTo(201);
        String transferId = transfer.json().path("id").asText();
        assertThat(admin.post("/v1/transfers/" + transferId + "/ship", null).status()).isEqualTo(200);

        String ean = Ean13.complete("299999999999".substring(0, 12));
        targets.put("createProduct", new Target("/v1/products", obj("""
                {"title":"Probe Tee","description":"A tee","brand":"Probe","categoryId":"%s","season":"SS26",
                 "status":"DRAFT","attributes":{},"channels":["WEB"],
                 "variants":[{"sku":"PROBE-1-BLK-M","ean":"%s","size":"M","colour":"Black","priceCents":1999,
                              "compareAtPriceCents":2999,"costCents":800,"weightGrams":200}]}""".formatted(category, ean)), null));
        targets.put("updateProduct", new Target("/v1/products/" + productId, obj("""
                {"title":"Probe title","description":"d","brand":"Probe","season":"AW26","status":"ACTIVE",
                 "channels":["WEB"]}"""), etag("/v1/products/" + productId)));
        targets.put("updateStockLevel", new Target("/v1/stock/WH-BER/" + sku, obj("""
                {"reorderPoint":5,"reorderQty":10,"bin":"A-01-01"}"""),
                // Read after the transfer above shipped from this stock level and moved its version on.
                first("/v1/stock?locationId=WH-BER&sku=" + sku).path("version").asText()));
        targets.put("adjustStock", new Target("/v1/stock/adjustments", obj("""
                {"locationId":"WH-BER","sku":"%s","delta":1,"reason":"FOUND","note":"probe"}""".formatted(sku)), null));
        // Every probe breaks the batch itself, so it is refused whole and its one valid item never applies.
        targets.put("applyBatch", new Target("/v1/batch", obj("""
                {"requests":[{"method":"POST","path":"/v1/stock/adjustments","idempotencyKey":"probe-batch-item",
                  "body":{"locationId":"WH-BER","sku":"%s","delta":1,"reason":"FOUND"}}]}""".formatted(sku)), null));
        targets.put("createTransfer", new Target("/v1/transfers", obj("""
                {"fromLocationId":"WH-BER","toLocationId":"WH-HAM","lines":[{"sku":"%s","quantity":1}],"note":"n"}"""
                .formatted(sku)), null));
        targets.put("receiveTransfer", new Target("/v1/transfers/" + transferId + "/receive", obj("""
                {"lines":[{"sku":"%s","receivedQuantity":1}]}""".formatted(sku)), null));
        targets.put("cancelOrder", new Target("/v1/orders/" + paidId + "/cancel", obj("""
                {"reason":"Customer asked"}"""), null));
        targets.put("refundOrder", new Target("/v1/orders/" + deliveredId + "/refunds", obj("""
                {"lines":[{"lineId":"%s","quantity":1}],"includeShipping":false,"reason":"Damaged"}"""
                .formatted(deliveredLine)), null));
        targets.put("createReturn", new Target("/v1/orders/" + deliveredId + "/returns", obj("""
                {"lines":[{"lineId":"%s","quantity":1,"reason":"CHANGED_MIND"}],"resolution":"RESTOCK",
                 "restockLocationId":"WH-BER"}""".formatted(deliveredLine)), null));
        targets.put("assignPickList", new Target("/v1/pick-lists/" + pickListId + "/assign", obj("""
                {"assigneeId":"usr_walt"}"""), null));
        String line = "/v1/pick-lists/" + pickListId + "/lines/" + pickLine.path("id").asText();
        targets.put("confirmPickLine", new Target(line + "/confirm", obj("""
                {"quantity":1,"scannedBarcode":"%s"}""".formatted(pickLine.path("ean").asText())), null));
        targets.put("shortPickLine", new Target(line + "/short", obj("""
                {"pickedQuantity":0,"reason":"NOT_FOUND"}"""), null));
        targets.put("packPickList", new Target("/v1/pick-lists/" + pickListId + "/pack", obj("""
                {"packageCount":1,"weightGrams":500}"""), null));
        targets.put("shipPickList", new Target("/v1/pick-lists/" + pickListId + "/ship", obj("""
                {"carrier":"DHL","trackingNumber":"ABCDEFGH12"}"""), null));
        targets.put("createCampaign", new Target("/v1/campaigns", obj("""
                {"name":"Probe","channel":"EMAIL","startsAt":"%s","endsAt":"%s","budgetCents":1000,
                 "segmentId":"%s","promoCodes":[],"subject":"s","body":"b"}""".formatted(now, later, segmentId)), null));
        targets.put("updateCampaign", new Target("/v1/campaigns/" + campaignId, obj("""
                {"name":"Probe 2","budgetCents":5,"subject":"s2"}"""), campaign.etag()));
        targets.put("scheduleCampaign", new Target("/v1/campaigns/" + campaignId + "/schedule", obj("""
                {"sendAt":"%s"}""".formatted(later)), null));
        targets.put("createPromoCode", new Target("/v1/promo-codes", obj("""
                {"code":"PROBE10","type":"PERCENT","value":10,"validFrom":"%s","validUntil":"%s","usageLimitTotal":100,
                 "usageLimitPerCustomer":1,"minOrderCents":0,"scope":{"categoryIds":[],"productIds":[]}}"""
                .formatted(now, later)), null));
        targets.put("bulkCreatePromoCodes", new Target("/v1/promo-codes/bulk", obj("""
                {"prefix":"PRB","count":2,"randomLength":8,"type":"PERCENT","value":10,"validFrom":"%s",
                 "scope":{"categoryIds":[],"productIds":[]}}""".formatted(now)), null));
        targets.put("updatePromoCode", new Target("/v1/promo-codes/PROBEBASE", obj("""
                {"active":true,"usageLimitTotal":5,"usageLimitPerCustomer":1,"minOrderCents":100}"""), code.etag()));
        targets.put("updateCustomer", new Target("/v1/customers/" + customerId, obj("""
                {"email":"probe@example.com","phone":"+49 30 123456","tags":["probe"],
                 "consents":{"emailMarketing":true,"smsMarketing":false,"profiling":false},
                 "addresses":[{"name":"P Robe","street":"Probestr. 1","postalCode":"10115","city":"Berlin","countryCode":"DE"}]}"""),
                etag("/v1/customers/" + customerId)));
        targets.put("eraseCustomer", new Target("/v1/customers/" + customerId + "/gdpr-erasure", obj("""
                {"reason":"Customer asked"}"""), null));
        // lane access: the step-up itself
        targets.put("stepUp", new Target("/oauth/step-up", obj("""
                {"password":"demo"}"""), null));
        targets.put("createSegment", new Target("/v1/segments", obj("""
                {"name":"Probe","rule":"probe","customerIds":["%s"]}""".formatted(customerId)), null));
        targets.put("adjustLoyaltyPoints", new Target("/v1/customers/" + customerId + "/loyalty-adjustments", obj("""
                {"points":10,"reason":"Probe"}"""), null));
        targets.put("createTicket", new Target("/v1/tickets", obj("""
                {"subject":"Probe","customerId":"%s","priority":"NORMAL","channel":"EMAIL","body":"Hello"}"""
                .formatted(customerId)), null));
        targets.put("updateTicket", new Target("/v1/tickets/" + ticketId, obj("""
                {"status":"PENDING","priority":"HIGH","tags":["probe"]}"""), etag("/v1/tickets/" + ticketId)));
        // lane audit (issue #10): a reported export, and an alert raised by failed sign-ins to acknowledge.
        targets.put("recordExport", new Target("/v1/audit-events/exports", obj("""
                {"kind":"CSV","entityType":"product","count":3,"containsPii":false,"fileName":"probe.csv"}"""), null));
        for (int i = 0; i < 5; i++) {
            admin.form("/oauth/token", Map.of("grant_type", "password", "username", "probe.nobody", "password", "x"));
        }
        String alertId = first("/v1/alerts?acknowledged=false&limit=1").path("id").asText();
        targets.put("acknowledgeAlert", new Target("/v1/alerts/" + alertId + "/acknowledge", obj("""
                {"note":"Probe"}"""), null));
        // lane supply (issue #11): a draft PO to update and a sent one to receive.
        String poSku = first("/v1/supplier-items?supplierId=sup_001&limit=1").path("sku").asText();
        String poBody = """
                {"supplierId":"sup_001","locationId":"WH-BER","lines":[{"sku":"%s","quantity":6,"unitCostCents":500}],
                 "note":"n"}""".formatted(poSku);
        Resp draftPo = admin.post("/v1/purchase-orders", obj(poBody));
        assertThat(draftPo.status()).as(draftPo.body()).isEqualTo(201);
        Resp sentPo = admin.post("/v1/purchase-orders", obj(poBody));
        String sentPoId = sentPo.json().path("id").asText();
        assertThat(admin.post("/v1/purchase-orders/" + sentPoId + "/send", null).status()).isEqualTo(200);
        targets.put("createPurchaseOrder", new Target("/v1/purchase-orders", obj(poBody), null));
        targets.put("updatePurchaseOrder", new Target("/v1/purchase-orders/" + draftPo.json().path("id").asText(),
                obj(poBody.replace("\"supplierId\":\"sup_001\",", "")), draftPo.etag()));
        targets.put("receivePurchaseOrder", new Target("/v1/purchase-orders/" + sentPoId + "/receive", obj("""
                {"lines":[{"sku":"%s","receivedQuantity":1}],"closeShort":false,"note":"n"}""".formatted(poSku)), null));
        targets.put("replyToTicket", new Target("/v1/tickets/" + ticketId + "/messages", obj("""
                {"body":"Thanks","internal":false}"""), null));
    }

    @Test
    void everyJsonOperationOfTheContractIsProbed() {
        List<String> jsonOps = new ArrayList<>();
        forEachOperation((id, method, op) -> {
            if (op.path("requestBody").path("content").has("application/json") && !isAdmin(op)) {
                jsonOps.add(id);
            }
        });
        assertThat(targets.keySet()).containsExactlyInAnyOrderElementsOf(jsonOps);
    }

    @TestFactory
    Stream<DynamicTest> eachBrokenFieldIsRejectedAndNamed() {
        List<Probe> probes = new ArrayList<>();
        forEachOperation((id, method, op) -> {
            Target t = targets.get(id);
            if (t == null) {
                return;
            }
            JsonNode schema = resolve(op.at("/requestBody/content/application~1json/schema"));
            breakEveryField(id, method, t, schema, t.body(), "", probes);
            ObjectNode unknown = t.body().deepCopy();
            unknown.put("noSuchField", 1);
            probes.add(new Probe(id, method, t, "noSuchField", unknown, null));
            for (String raw : List.of("{\"title\": ", "null", "[]", "\"text\"", "")) {
                probes.add(new Probe(id, method, t, null, null, raw));
            }
        });
        assertThat(probes).hasSizeGreaterThan(300);
        return probes.stream().map(p -> DynamicTest.dynamicTest(describe(p), () -> check(p)));
    }

    private static String describe(Probe p) {
        String what = p.rawBody() != null ? "raw body " + JSON.valueToTree(p.rawBody())
                : p.field() + " = " + abbreviate(valueAt(p.body(), p.field()));
        return p.opId() + ": " + what;
    }

    private static void check(Probe p) {
        String body = p.rawBody() != null ? p.rawBody() : p.body().toString();
        List<String> headers = new ArrayList<>(List.of("Idempotency-Key", UUID.randomUUID().toString()));
        if (p.target().ifMatch() != null) {
            String tag = p.target().ifMatch();
            headers.addAll(List.of("If-Match", tag.startsWith("\"") ? tag : "\"" + tag + "\""));
        }
        if (spec.at("/paths").findParents("operationId").stream()
                .anyMatch(op -> op.path("operationId").asText().equals(p.opId()) && op.has("x-step-up"))) {
            headers.addAll(List.of(admin.stepUp())); // lane access: past the step-up, to the body's checks
        }
        Resp r = admin.send(p.method().toUpperCase(), p.target().path(), "application/json", body,
                headers.toArray(String[]::new));
        assertThat(r.status()).as("%s → %s", describe(p), r.body()).isIn(400, 422);
        assertThat(r.header("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        if (p.field() != null) {
            String leaf = p.field().replaceAll(".*[.]", "").replaceAll("\\[\\d+]$", "");
            assertThat(r.problemFields()).as("%s names the field: %s", describe(p), r.body())
                    .anySatisfy(f -> assertThat(f).contains(leaf));
        }
    }

    /// Adds, for every property reachable in `node` (objects and the first element of arrays), one
    /// probe per way the schema forbids a value.
    private static void breakEveryField(String id, String method, Target t, JsonNode schema, JsonNode node,
                                        String path, List<Probe> out) {
        schema = resolve(schema);
        if (schema.has("allOf")) {
            schema = resolve(schema.get("allOf").get(0));
        }
        JsonNode props = schema.path("properties");
        Iterator<Map.Entry<String, JsonNode>> it = props.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            JsonNode propSchema = resolve(e.getValue());
            if (!node.has(name)) {
                continue; // only fields the valid body uses: breaking an absent one tests nothing
            }
            for (JsonNode bad : badValues(propSchema)) {
                ObjectNode copy = t.body().deepCopy();
                set(copy, fieldPath, bad);
                out.add(new Probe(id, method, t, fieldPath, copy, null));
            }
            JsonNode child = node.get(name);
            JsonNode effective = propSchema.has("allOf") ? resolve(propSchema.get("allOf").get(0)) : propSchema;
            if (child.isObject() && effective.has("properties")) {
                breakEveryField(id, method, t, effective, child, fieldPath, out);
            } else if (child.isArray() && !child.isEmpty() && child.get(0).isObject()) {
                breakEveryField(id, method, t, effective.path("items"), child.get(0), fieldPath + "[0]", out);
            }
        }
    }

    private static List<JsonNode> badValues(JsonNode s) {
        if (s.has("allOf")) {
            JsonNode inner = resolve(s.get("allOf").get(0));
            List<JsonNode> bad = new ArrayList<>(badValues(inner));
            bad.removeIf(JsonNode::isNull); // the wrapper is nullable
            return bad;
        }
        List<JsonNode> bad = new ArrayList<>();
        String type = s.path("type").asText();
        boolean nullable = s.path("nullable").asBoolean(false);
        if (!nullable) {
            bad.add(F.nullNode());
        }
        switch (type) {
            case "string" -> {
                bad.add(F.numberNode(12345));
                bad.add(F.booleanNode(true));
                bad.add(F.objectNode());
                if (s.has("enum")) {
                    bad.add(F.textNode("NOT_A_VALUE"));
                }
                if (s.has("maxLength")) {
                    bad.add(F.textNode("x".repeat(Math.max(s.get("maxLength").asInt() + 1, 10_001))));
                }
                if (s.has("minLength") && s.get("minLength").asInt() > 0) {
                    bad.add(F.textNode(""));
                }
                if (s.has("pattern")) {
                    bad.add(F.textNode("!! not it !!"));
                }
                if ("date-time".equals(s.path("format").asText())) {
                    bad.add(F.textNode("yesterday"));
                }
            }
            case "integer" -> {
                bad.add(F.textNode("12"));
                bad.add(F.numberNode(1.5));
                bad.add(F.booleanNode(true));
                if (s.has("minimum")) {
                    bad.add(F.numberNode(s.get("minimum").asLong() - 1));
                }
                if (s.has("maximum")) {
                    bad.add(F.numberNode(s.get("maximum").asLong() + 1));
                }
                if ("int32".equals(s.path("format").asText())) {
                    bad.add(F.numberNode(1L << 31));
                }
            }
            case "number" -> bad.add(F.textNode("1.5"));
            case "boolean" -> {
                bad.add(F.textNode("yes"));
                bad.add(F.numberNode(1));
            }
            case "array" -> {
                bad.add(F.objectNode());
                bad.add(F.textNode("x"));
                if (s.has("minItems") && s.get("minItems").asInt() > 0) {
                    bad.add(F.arrayNode());
                }
                if (!"object".equals(resolve(s.path("items")).path("type").asText())) {
                    ArrayNode wrongItem = F.arrayNode();
                    wrongItem.add(F.objectNode());
                    bad.add(wrongItem);
                }
            }
            case "object" -> {
                bad.add(F.textNode("x"));
                bad.add(F.arrayNode());
            }
            default -> {
            }
        }
        return bad;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = step(node, parts[i]);
        }
        String last = parts[parts.length - 1];
        ((ObjectNode) node).set(last, value);
    }

    private static JsonNode step(JsonNode node, String part) {
        if (part.endsWith("[0]")) {
            return node.get(part.substring(0, part.length() - 3)).get(0);
        }
        return node.get(part);
    }

    private static JsonNode valueAt(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            node = part.endsWith("[0]") ? node.path(part.substring(0, part.length() - 3)).path(0) : node.path(part);
        }
        return node;
    }

    private static String abbreviate(JsonNode value) {
        String s = value.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + " chars)" : s;
    }

    private static boolean isAdmin(JsonNode op) {
        return op.has("security") && op.get("security").isEmpty();
    }

    private interface OpVisitor {
        void visit(String id, String method, JsonNode op);
    }

    private static void forEachOperation(OpVisitor visitor) {
        spec.path("paths").properties().forEach(p -> p.getValue().properties().forEach(m ->
                visitor.visit(m.getValue().path("operationId").asText(), m.getKey(), m.getValue())));
    }

    private static final Map<String, JsonNode> RESOLVED = new HashMap<>();

    private static JsonNode resolve(JsonNode node) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            return RESOLVED.computeIfAbsent(ref, r -> resolve(spec.at(r.substring(1))));
        }
        return node;
    }
}
