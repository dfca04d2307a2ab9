package com.trendythreads.opsdesk.platform.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Every campaign, CRM and analytics operation × every demo role: allowed or 403 exactly as the operation's
/// `x-roles` in the contract say. Allowed calls are made so that they change nothing (unknown ids, invalid
/// bodies), which also proves the handler answered, not the router.
class CrmRbacTest {

    static final List<String> OPERATIONS = List.of("listCampaigns", "createCampaign", "getCampaign", "updateCampaign",
            "scheduleCampaign", "getCampaignMetrics", "listPromoCodes", "createPromoCode", "getPromoCode",
            "updatePromoCode", "bulkCreatePromoCodes", "listSegments", "listCustomers", "getCustomer",
            "updateCustomer", "exportCustomerData", "eraseCustomer", "listReviews", "listTickets", "createTicket",
            "getTicket", "updateTicket", "replyToTicket", "listMacros", "getDailySales", "getTraffic",
            "getExternalContext");

    private static final Map<String, String> ROLE_OF = Map.of("mia.merch", "MERCHANDISER", "walt.warehouse",
            "WAREHOUSE", "mona.manager", "MANAGER", "sam.support", "SUPPORT", "mark.marketing", "MARKETING",
            "ada.admin", "ADMIN");

    record Op(String id, String method, String path, Set<String> roles) {
    }

    static List<Op> ops() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(ContractValidator.loadSpec());
        List<Op> out = new ArrayList<>();
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(m -> {
            String id = m.getValue().path("operationId").asText();
            if (OPERATIONS.contains(id)) {
                Set<String> roles = new HashSet<>();
                m.getValue().path("x-roles").forEach(r -> roles.add(r.asText()));
                out.add(new Op(id, m.getKey().toUpperCase(), path.getKey(), roles));
            }
        }));
        return out;
    }

    static Stream<Arguments> matrix() throws Exception {
        List<Op> ops = ops();
        assertThat(ops).extracting(Op::id).containsExactlyInAnyOrderElementsOf(OPERATIONS);
        return ops.stream().flatMap(op -> CrmTestPlatform.USERS.stream().map(u -> Arguments.of(op.id(), u, op)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void callerGetsExactlyWhatXRolesAllow(String operationId, String user, Op op) {
        ApiCaller caller = CrmTestPlatform.get().as(user);
        String path = op.path().replaceAll("\\{[^}]+}", "zz_unknown");
        if (path.startsWith("/v1/analytics") || path.startsWith("/v1/external")) {
            path += "?from=2026-11-01&to=2026-11-01";
        }
        String before = CrmTestPlatform.get().token();
        Resp r = switch (op.method()) {
            case "GET" -> caller.get(path);
            case "POST" -> caller.post(path, "{}");
            case "PATCH" -> caller.patch(path, "{}", "If-Match", "\"1\"");
            default -> throw new IllegalStateException(op.method());
        };
        if (op.roles().contains(ROLE_OF.get(user))) {
            assertThat(r.status()).as(r.body()).isNotIn(401, 403, 500, 501);
        } else {
            assertThat(r.status()).as(r.body()).isEqualTo(403);
        }
        assertThat(CrmTestPlatform.get().token()).as("nothing changed").isEqualTo(before);
    }
}
