package com.trendythreads.opsdesk.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.trendythreads.opsdesk.api.rules.Permissions;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/// Every operation × every role, driven by the desk's own copy of the matrix ([Permissions], which reads the
/// contract's `x-roles`, so desk and platform share ONE definition): a role outside the list gets 403,
/// a role inside never does. The requests are deliberately empty (`{}` bodies, unknown ids), so an
/// allowed role is answered 400/404/422 and nothing changes (the change token stays where it was); every
/// answer must still match the contract. This is the matrix a bad-input probe walks, written down once from
/// the spec itself; the domain suites test only what it cannot see (the change feed per role, PII masking
/// per role, allowed reads of real resources).
class RoleMatrixTest {

    private static final Permissions MATRIX = Permissions.contract();
    private static final List<String> ROLES = List.copyOf(MATRIX.roles());
    private static final Map<String, String> USER_OF_ROLE = Map.of(
            "MERCHANDISER", "mia.merch", "WAREHOUSE", "walt.warehouse", "MANAGER", "mona.manager",
            "SUPPORT", "sam.support", "MARKETING", "mark.marketing", "ADMIN", "ada.admin");

    private static DemoPlatform platform;
    private static final Map<String, ApiCaller> callers = new LinkedHashMap<>();

    record Op(String id, String method, String path, List<String> roles, boolean hasBody, boolean multipart) {
    }

    @BeforeAll
    static void start() {
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().passwordIterations(1_000)
                .scale(Scale.TINY).build());
        ApiCaller anonymous = new ApiCaller(URI.create(platform.baseUrl()), ContractValidator.fromClasspath());
        USER_OF_ROLE.forEach((role, user) -> callers.put(role, anonymous.signIn(user, "demo")));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void everyOperationOfTheContractHasAHandler() {
        assertThat(platform.unhandledOperations()).isEmpty();
    }

    /// What `/v1/me` tells the desk it may do is exactly what the desk's matrix computes from the roles, so an
    /// offline session (no `/v1/me`) shows the same workspaces and actions as an online one.
    @Test
    void meListsExactlyThePermissionsTheDesksMatrixComputes() {
        USER_OF_ROLE.forEach((role, user) -> {
            JsonNode me = callers.get(role).get("/v1/me").json();
            Set<String> listed = new java.util.TreeSet<>();
            me.path("permissions").forEach(p -> listed.add(p.asText()));
            assertThat(listed).as(role).isEqualTo(MATRIX.operationsFor(List.of(role)));
        });
    }

    @TestFactory
    Stream<DynamicTest> eachRoleIsAllowedExactlyWhatTheContractSays() throws IOException {
        return operations().stream().flatMap(op -> ROLES.stream().map(role -> DynamicTest.dynamicTest(
                op.id() + " as " + role, () -> {
                    String before = platform.changes().currentChangeToken();
                    Resp r = call(callers.get(role), op);
                    assertThat(platform.changes().currentChangeToken()).as("%s as %s changed nothing", op.id(), role)
                            .isEqualTo(before);
                    if (op.roles().contains(role)) {
                        // A sensitive operation (x-step-up) answers an allowed role 403 step-up-required.
                        boolean stepUpOnly = r.status() == 403 && r.body().contains("/problems/step-up-required");
                        assertThat(stepUpOnly || r.status() != 403).as("%s may call %s: %s", role, op.id(), r.body())
                                .isTrue();
                    } else {
                        assertThat(r.status()).as("%s may not call %s", role, op.id()).isEqualTo(403);
                    }
                    assertThat(r.status()).as("%s %s: %s", op.id(), role, r.body()).isLessThan(500);
                })));
    }

    private static Resp call(ApiCaller caller, Op op) {
        String path = op.path().replaceAll("\\{[^}]+}", "no-such-id");
        String key = UUID.randomUUID().toString();
        return switch (op.method()) {
            case "get" -> caller.get(path);
            case "delete" -> caller.delete(path, "If-Match", "\"1\"");
            default -> caller.send(op.method().toUpperCase(), path,
                    op.multipart() ? "multipart/form-data; boundary=x" : "application/json",
                    op.multipart() ? "--x--\r\n" : "{}", "Idempotency-Key", key, "If-Match", "\"1\"");
        };
    }

    static List<Op> operations() throws IOException {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(ContractValidator.loadSpec());
        List<Op> ops = new ArrayList<>();
        spec.path("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
            JsonNode op = m.getValue();
            if (!op.has("x-roles")) {
                return; // public, or open to every signed-in user (me, changes, events)
            }
            // The desk's matrix for /v1 operations; the spec's own x-roles for /oauth/step-up (not a /v1/me
            // permission, but role-checked all the same).
            List<String> roles = MATRIX.rule(op.path("operationId").asText())
                    .map(r -> List.copyOf(r.roles()))
                    .orElseGet(() -> {
                        List<String> own = new ArrayList<>();
                        op.get("x-roles").forEach(r -> own.add(r.asText()));
                        return own;
                    });
            JsonNode content = op.path("requestBody").path("content");
            ops.add(new Op(op.path("operationId").asText(), m.getKey(), p.getKey(), roles,
                    !content.isMissingNode(), content.has("multipart/form-data")));
        }));
        assertThat(ops).hasSizeGreaterThan(50);
        assertThat(ops.stream().map(Op::id).toList()).doesNotContainAnyElementsOf(Set.of("streamEvents"));
        return ops;
    }
}
