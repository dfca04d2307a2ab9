package com.trendythreads.opsdesk.platform.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.privacy.PiiMasking;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CustomersHttpTest {

    private final CrmTestPlatform p = CrmTestPlatform.get();
    private final ApiCaller sam = p.as("sam.support");

    @Test
    void piiRolesAreTheContractsOnes() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(ContractValidator.loadSpec());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        spec.path("info").path("x-pii-roles").forEach(r -> roles.add(Role.valueOf(r.asText())));
        PiiMasking pii = PiiMasking.fromContract();
        for (Role role : Role.values()) {
            assertThat(pii.seesPii(new Principal("usr_x", "x", "X", Set.of(role), null))).as(role.name())
                    .isEqualTo(roles.contains(role));
        }
    }

    @Test
    void supportSeesContactDetailsAndMarketingSeesThemMasked() {
        JsonNode clear = sam.get("/v1/customers/cus_000001").json();
        assertThat(clear.path("email").asText()).isEqualTo("jana.zwiebelfeld@example.com");
        assertThat(clear.path("phone").asText()).isEqualTo("+49 30 1234 5612");
        assertThat(clear.path("addresses").get(0).path("street").asText()).isEqualTo("Torstraße 1");

        Resp masked = p.as("mark.marketing").get("/v1/customers/cus_000001");
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.etag()).isEqualTo("\"" + clear.path("version").asLong() + "\"");
        assertThat(masked.json().path("email").asText()).isEqualTo("j***@example.com");
        assertThat(masked.json().path("phone").asText()).isEqualTo("+49 *** ***12");
        assertThat(masked.json().path("addresses").get(0).path("street").asText()).isEqualTo("***");
        assertThat(masked.json().path("addresses").get(0).path("name").asText()).isEqualTo("J. Z.");
        assertThat(masked.json().path("addresses").get(0).path("city").asText()).isEqualTo("Berlin");
        assertThat(masked.json().path("lastName").asText()).isEqualTo("Zwiebelfeld");

        JsonNode list = p.as("mark.marketing").get("/v1/customers?q=zwiebelfeld").json();
        assertThat(list.path("items")).singleElement()
                .satisfies(c -> assertThat(c.path("email").asText()).isEqualTo("j***@example.com"));
        assertThat(sam.get("/v1/customers/cus_nope").status()).isEqualTo(404);
    }

    @Test
    void searchesByNameEmailPhoneAndTier() {
        assertThat(ids(sam.get("/v1/customers?q=Luca%20Fioravantix"))).containsExactly("cus_000002");
        assertThat(ids(sam.get("/v1/customers?q=luca.fioravantix%40"))).containsExactly("cus_000002");
        assertThat(ids(sam.get("/v1/customers?q=%2B3906555"))).containsExactly("cus_000002");
        assertThat(ids(sam.get("/v1/customers?loyaltyTier=GOLD&q=fioravantix"))).containsExactly("cus_000002");
        assertThat(ids(sam.get("/v1/customers?loyaltyTier=BRONZE&q=fioravantix"))).isEmpty();
        assertThat(sam.get("/v1/customers?loyaltyTier=DIAMOND").problemFields()).containsExactly("loyaltyTier");
        assertThat(ids(sam.get("/v1/customers?q=100%25"))).isEmpty();
    }

    @Test
    void updatesContactDetailsAndStampsConsents() {
        Resp before = sam.get("/v1/customers/cus_000002");
        String etag = before.etag();
        assertThat(sam.patch("/v1/customers/cus_000002", Map.of("phone", "+39 333 1234567")).status()).isEqualTo(428);

        String since = p.token();
        Resp r = sam.patch("/v1/customers/cus_000002", Map.of("phone", "+39 333 1234567",
                "consents", Map.of("emailMarketing", false)), "If-Match", etag);
        assertThat(r.status()).isEqualTo(200);
        JsonNode c = r.json();
        assertThat(c.path("phone").asText()).isEqualTo("+39 333 1234567");
        assertThat(c.path("email").asText()).isEqualTo("luca.fioravantix@example.com");
        assertThat(c.path("consents").path("emailMarketing").asBoolean()).isFalse();
        assertThat(c.path("consents").path("profiling").asBoolean()).isTrue();
        assertThat(c.path("consents").path("updatedAt").asText())
                .isNotEqualTo(before.json().path("consents").path("updatedAt").asText());
        assertThat(c.path("version").asLong()).isEqualTo(before.json().path("version").asLong() + 1);

        List<JsonNode> changes = p.changesSince(since);
        assertThat(changes).singleElement().satisfies(ch -> {
            assertThat(ch.path("resource").asText()).isEqualTo("customer");
            assertThat(ch.path("version").asLong()).isEqualTo(c.path("version").asLong());
        });
        // The change feed masks the customer for marketing exactly like the API does.
        JsonNode feed = p.as("mark.marketing").get("/v1/changes?since=" + since).json();
        assertThat(feed.path("changes").get(0).path("data").path("phone").asText()).isEqualTo("+39 *** ***67");
        assertThat(feed.path("changes").get(0).path("data").path("email").asText()).isEqualTo("l***@example.com");
        assertThat(feed.path("changes").get(0).path("data").path("addresses").get(0).path("street").asText())
                .isEqualTo("***");
        assertThat(feed.path("changes").get(0).path("data").path("addresses").get(0).path("name").asText())
                .isEqualTo("L. F.");
        assertThat(p.as("mia.merch").get("/v1/changes?since=" + since).json().path("changes")).isEmpty();

        Resp stale = sam.patch("/v1/customers/cus_000002", Map.of("tags", List.of("x")), "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(c.path("version").asLong());
    }

    @Test
    void refusesInvalidContactDetailsNamingTheField() {
        String etag = sam.get("/v1/customers/cus_000001").etag();
        assertThat(sam.patch("/v1/customers/cus_000001", Map.of("email", "not-an-email"), "If-Match", etag)
                .problemFields()).containsExactly("email");
        assertThat(sam.patch("/v1/customers/cus_000001", Map.of("phone", "0049 30"), "If-Match", etag)
                .problemFields()).containsExactly("phone");
        Map<String, Object> bad = Map.of("name", "J", "street", "S 1", "postalCode", "1", "city", "B",
                "countryCode", "Germany");
        Map<String, Object> good = Map.of("name", "J", "street", "S 1", "postalCode", "1", "city", "B",
                "countryCode", "DE");
        assertThat(sam.patch("/v1/customers/cus_000001", Map.of("addresses", List.of(good, bad)), "If-Match", etag)
                .problemFields()).containsExactly("addresses[1].countryCode");
        assertThat(sam.patch("/v1/customers/cus_000001", Map.of("addresses", java.util.Collections.nCopies(11, good)),
                "If-Match", etag).problemFields()).containsExactly("addresses");
        assertThat(sam.patch("/v1/customers/cus_000001", Map.of("tags", List.of("t".repeat(10_000))), "If-Match",
                etag).problemFields()).containsExactly("tags[0]");
        assertThat(sam.patch("/v1/customers/cus_000001", "{\"nickname\":\"x\"}", "If-Match", etag).status())
                .isEqualTo(400);
        assertThat(sam.patch("/v1/customers/cus_000001", "{\"email\":42}", "If-Match", etag).status())
                .isIn(400, 422);
        assertThat(sam.patch("/v1/customers/cus_000001", "{\"email\":", "If-Match", etag).status()).isEqualTo(400);
        assertThat(sam.get("/v1/customers/cus_000001").etag()).isEqualTo(etag);
    }

    @Test
    void exportsEverythingHeldAboutACustomer() {
        String since = p.token();
        Resp r = sam.post("/v1/customers/cus_000001/gdpr-export", null, sam.stepUp());
        assertThat(r.status()).isEqualTo(201);
        assertThat(p.token()).as("an export changes no resource").isEqualTo(since);
        JsonNode g = r.json();
        assertThat(g.path("type").asText()).isEqualTo("EXPORT");
        assertThat(g.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(g.path("requestedBy").asText()).isEqualTo("usr_sam");
        JsonNode data = g.path("exportData");
        assertThat(data.path("customer").path("email").asText()).isEqualTo("jana.zwiebelfeld@example.com");
        assertThat(data.path("orders")).extracting(o -> o.path("id").asText())
                .containsExactlyInAnyOrder("ord_000001", "ord_000004");
        assertThat(data.path("reviews")).extracting(o -> o.path("id").asText()).containsExactly("rev_000002");
        assertThat(data.path("codeRedemptions")).extracting(o -> o.path("orderId").asText())
                .containsExactly("ord_000001");
        assertThat(count("SELECT COUNT(*) FROM gdpr_requests WHERE customer_id = 'cus_000001' AND type = 'EXPORT'"))
                .isPositive();
        assertThat(sam.post("/v1/customers/cus_nope/gdpr-export", null, sam.stepUp()).status()).isEqualTo(404);
    }

    @Test
    void erasureAnonymisesTheCustomerEverywhereInOneWrite() {
        String since = p.token();
        String key = UUID.randomUUID().toString();
        Resp r = sam.post("/v1/customers/cus_000003/gdpr-erasure", Map.of("reason", "Customer request by email"),
                sam.stepUp("Idempotency-Key", key));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("type").asText()).isEqualTo("ERASURE");
        Resp replay = sam.post("/v1/customers/cus_000003/gdpr-erasure", Map.of("reason", "Customer request by email"),
                sam.stepUp("Idempotency-Key", key));
        assertThat(replay.header("Idempotent-Replayed")).contains("true");

        JsonNode c = sam.get("/v1/customers/cus_000003").json();
        assertThat(c.path("firstName").asText()).isEqualTo("Erased");
        assertThat(c.path("lastName").asText()).isEqualTo("Erased");
        assertThat(c.path("email").asText()).isEqualTo("erased-cus_000003@invalid.example");
        assertThat(c.path("phone").isNull() || c.path("phone").isMissingNode()).isTrue();
        assertThat(c.path("addresses")).isEmpty();
        assertThat(c.path("tags")).isEmpty();
        assertThat(c.path("consents").path("emailMarketing").asBoolean()).isFalse();
        assertThat(c.path("consents").path("profiling").asBoolean()).isFalse();
        assertThat(count("SELECT COUNT(*) FROM customers WHERE id = 'cus_000003' AND erased")).isEqualTo(1);

        String order = p.platform.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT doc FROM orders WHERE id = 'ord_000003'").mapTo(String.class).one());
        assertThat(order).doesNotContain("Someone").doesNotContain("Main street").doesNotContain("+49 30 000 0000")
                .contains("erased-cus_000003@invalid.example");
        JsonNode ticket = sam.get("/v1/tickets/tkt_900001").json();
        assertThat(ticket.path("messages").get(0).path("body").asText()).isEqualTo("[redacted]");
        assertThat(ticket.path("messages").get(0).path("authorName").asText()).isEqualTo("Erased");
        assertThat(ticket.path("messages").get(1).path("body").asText()).isEqualTo("Checking.");
        assertThat(sam.get("/v1/reviews?customerId=cus_000003").json().path("items")).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM gdpr_requests WHERE customer_id = 'cus_000003' AND type = 'ERASURE'"))
                .isEqualTo(1);

        List<JsonNode> changes = p.changesSince(since);
        assertThat(changes).extracting(ch -> ch.path("resource").asText() + "/" + ch.path("id").asText() + "/"
                        + ch.path("op").asText())
                .containsExactlyInAnyOrder("customer/cus_000003/erase", "order/ord_000003/upsert",
                        "ticket/tkt_900001/upsert", "review/rev_000001/delete");
        assertThat(changes).filteredOn(ch -> ch.path("op").asText().equals("erase")).singleElement()
                .satisfies(ch -> assertThat(ch.path("data").isNull() || ch.path("data").isMissingNode()).isTrue());
        assertThat(changes).filteredOn(ch -> ch.path("resource").asText().equals("order")).singleElement()
                .satisfies(ch -> assertThat(ch.path("version").asLong()).isEqualTo(2));

        Resp again = sam.post("/v1/customers/cus_000003/gdpr-erasure", Map.of("reason", "twice"), sam.stepUp());
        assertThat(again.status()).isEqualTo(409);
        assertThat(sam.post("/v1/customers/cus_000001/gdpr-erasure", Map.of("reason", ""), sam.stepUp()).problemFields())
                .containsExactly("reason");
        assertThat(sam.post("/v1/customers/cus_nope/gdpr-erasure", Map.of("reason", "x"), sam.stepUp()).status()).isEqualTo(404);
        String etag = sam.get("/v1/customers/cus_000003").etag();
        assertThat(sam.patch("/v1/customers/cus_000003", Map.of("email", "back@example.com"), "If-Match", etag)
                .status()).isEqualTo(422);
    }

    @Test
    void listsReviewsByCustomerAndProduct() {
        JsonNode all = p.as("mia.merch").get("/v1/reviews?productId=prd_900001").json();
        assertThat(all.path("items")).extracting(n -> n.path("productId").asText()).containsOnly("prd_900001");
        assertThat(ids(p.as("mia.merch").get("/v1/reviews?customerId=cus_000001"))).containsExactly("rev_000002");
    }

    private long count(String sql) {
        return p.platform.database().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    static List<String> ids(Resp r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return java.util.stream.StreamSupport.stream(r.json().path("items").spliterator(), false)
                .map(n -> n.path("id").asText()).toList();
    }
}
