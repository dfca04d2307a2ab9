package com.trendythreads.opsdesk.api.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The conventions of docs/platform.md, checked on every operation and schema of the contract, so a
/// new endpoint cannot quietly leave out an idempotency key, an If-Match or its role list.
class ContractRulesTest {

    private static final Set<String> ROLES =
            Set.of("MERCHANDISER", "WAREHOUSE", "MANAGER", "SUPPORT", "MARKETING", "ADMIN");
    private static final Set<String> MUTATING = Set.of("post", "put", "patch", "delete");

    private static JsonNode spec;
    private static final List<Op> OPS = new ArrayList<>();

    record Op(String method, String path, JsonNode node) {
        String id() {
            return node.path("operationId").asText();
        }

        boolean isPublic() {
            return node.has("security") && node.get("security").isEmpty();
        }

        Set<String> paramRefs() {
            Set<String> refs = new HashSet<>();
            node.path("parameters").forEach(p -> refs.add(p.path("$ref").asText(p.path("name").asText())));
            return refs;
        }
    }

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = ContractRulesTest.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
            spec = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        spec.path("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(m -> OPS.add(new Op(m.getKey(), path.getKey(), m.getValue()))));
    }

    @Test
    void theKeyRetentionTheDeskCountsOnIsTheContracts() {
        assertThat(java.time.Duration.parse(spec.path("info").path("x-idempotency-retention").asText()))
                .isEqualTo(com.trendythreads.opsdesk.api.IdempotencyKeys.RETENTION);
    }

    @Test
    void isOpenApi303() {
        // 3.1 makes swagger-request-validator skip type checks (ARCHITECTURE.md).
        assertThat(spec.path("openapi").asText()).isEqualTo("3.0.3");
    }

    @Test
    void everyOperationHasAUniqueIdAndSaysWhoMayCallIt() {
        Set<String> ids = new HashSet<>();
        for (Op op : OPS) {
            assertThat(op.id()).as(op.method() + " " + op.path()).isNotBlank();
            assertThat(ids.add(op.id())).as("duplicate operationId " + op.id()).isTrue();
            if (op.isPublic() || op.path().equals("/v1/me") || op.path().startsWith("/v1/changes")
                    || op.path().equals("/v1/events")) {
                continue;
            }
            List<String> roles = StreamSupport.stream(op.node().path("x-roles").spliterator(), false)
                    .map(JsonNode::asText).toList();
            assertThat(roles).as("x-roles of " + op.id()).isNotEmpty();
            assertThat(ROLES).as("x-roles of " + op.id()).containsAll(roles);
        }
    }

    @Test
    void everyStateChangingOperationRequiresAnIdempotencyKey() {
        for (Op op : OPS) {
            // /oauth/step-up answers a secret token: never stored for replay, so no Idempotency-Key (lane access);
            // a batch carries one key per item instead (issue #12)
            if (MUTATING.contains(op.method()) && !op.isPublic() && !op.path().startsWith("/oauth/")
                    && !op.id().equals("applyBatch")) {
                assertThat(op.paramRefs()).as(op.id())
                        .contains("#/components/parameters/IdempotencyKey");
            }
        }
    }

    @Test
    void everyUpdateRequiresIfMatchAndDocuments412And428() {
        for (Op op : OPS) {
            if (op.method().equals("patch") || (op.method().equals("delete") && !op.isPublic())) {
                assertThat(op.paramRefs()).as(op.id()).contains("#/components/parameters/IfMatchRequired");
                assertThat(op.node().path("responses").has("412")).as(op.id() + " documents 412").isTrue();
                assertThat(op.node().path("responses").has("428")).as(op.id() + " documents 428").isTrue();
            }
        }
    }

    @Test
    void everyProtectedOperationDocuments401403429AndTheirProblemBodies() {
        for (Op op : OPS) {
            if (op.isPublic()) {
                continue;
            }
            JsonNode responses = op.node().path("responses");
            for (String status : List.of("400", "401", "403", "429", "503")) {
                assertThat(responses.has(status)).as(op.id() + " documents " + status).isTrue();
            }
        }
        spec.path("components").path("responses").properties().forEach(r -> assertThat(
                        r.getValue().path("content").has("application/problem+json"))
                .as("response " + r.getKey() + " is problem+json").isTrue());
    }

    @Test
    void everyListOfAResourceNamesItsChangeFeedResource() {
        Set<String> feedResources = new HashSet<>();
        spec.at("/components/schemas/Change/properties/resource/enum").forEach(n -> feedResources.add(n.asText()));
        Set<String> listed = new HashSet<>();
        for (Op op : OPS) {
            if (op.node().has("x-resource")) {
                listed.add(op.node().get("x-resource").asText());
            }
        }
        assertThat(listed).as("every change-feed resource has a list that says who may read it")
                .containsExactlyInAnyOrderElementsOf(feedResources);
    }

    @Test
    void everyObjectSchemaIsClosedSoUnknownFieldsAreCaught() {
        List<String> open = new ArrayList<>();
        for (Map.Entry<String, JsonNode> s : spec.path("components").path("schemas").properties()) {
            collectOpenObjects(s.getKey(), s.getValue(), open);
        }
        // Free-form on purpose: attribute maps, the changed resource in a feed entry, a 412's current
        // resource and a GDPR export bundle; an audit event's changed fields and an alert's figures (lane audit);
        // a batch item's body and answer, each checked against its own operation's schema (issue #12).
        assertThat(open).containsExactlyInAnyOrder(
                "AttributeMap", "Problem.current", "GdprRequest.exportData", "Change.data",
                "AuditEvent.before", "AuditEvent.after", "AlertEvidence.figures",
                "BatchItemRequest.body", "BatchItemResponse.body");
    }

    private static void collectOpenObjects(String name, JsonNode schema, List<String> open) {
        // A nullable reference ({type, nullable, allOf: [$ref]}) is as closed as the schema it names.
        if ("object".equals(schema.path("type").asText()) && !schema.has("allOf")) {
            JsonNode ap = schema.get("additionalProperties");
            if (ap == null || !(ap.isBoolean() && !ap.asBoolean())) {
                open.add(name);
            }
        }
        schema.path("properties").properties().forEach(p -> collectOpenObjects(name + "." + p.getKey(), p.getValue(), open));
        if (schema.has("items")) {
            collectOpenObjects(name + "[]", schema.get("items"), open);
        }
    }
}
