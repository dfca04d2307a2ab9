package com.trendythreads.opsdesk.api.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/// Who may call what: the ONE permission matrix, read from the contract bundled in this jar (`openapi.yaml`,
/// each operation's `x-roles`). The platform enforces the same document (its `ContractSpec` reads it too),
/// and `GET /v1/me` lists the operationIds a user may call from it; the desk asks this class only when it
/// has no `/v1/me` answer (an offline sign-in), so no screen carries a hand-written role list.
///
/// Rules, as the platform applies them: an operation under `/v1/` with `x-roles` is open to those roles; one
/// without `x-roles` (`getMe`, `listChanges`, `streamEvents`) to every signed-in user; public (`security: []`)
/// and `/admin` operations are not in the matrix.
public final class Permissions {

    /// One operation of the matrix.
    ///
    /// @param roles     `x-roles`; empty = every signed-in user
    /// @param stepUpCents `x-step-up`: null = never needs a step-up; 0 = always; n > 0 = when the amount of
    ///                  the request is at least n cents (see the operation's `x-step-up` in the contract)
    public record Rule(String operationId, String method, String path, Set<String> roles, Long stepUpCents) {

        public boolean allows(Collection<String> userRoles) {
            return roles.isEmpty() || userRoles.stream().anyMatch(roles::contains);
        }

        public boolean needsStepUp(long amountCents) {
            return stepUpCents != null && amountCents >= stepUpCents;
        }
    }

    private static final class Contract {
        static final Permissions INSTANCE = load("openapi.yaml");
    }

    private final Map<String, Rule> rules;
    private final Set<String> allRoles;
    private final Set<String> piiRoles;
    private final Map<String, Integer> bulkStepUpMinItems = new java.util.HashMap<>();

    private Permissions(Map<String, Rule> rules, Set<String> allRoles, Set<String> piiRoles) {
        this.rules = Map.copyOf(rules);
        this.allRoles = Set.copyOf(allRoles);
        this.piiRoles = Set.copyOf(piiRoles);
    }

    /// The matrix of the contract bundled with this build (read once).
    public static Permissions contract() {
        return Contract.INSTANCE;
    }

    static Permissions load(String resource) {
        try (InputStream in = Permissions.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The contract " + resource + " is not on the classpath");
            }
            return parse(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + resource, e);
        }
    }

    static Permissions parse(JsonNode root) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        Map<String, Integer> bulk = new LinkedHashMap<>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(m -> {
            JsonNode op = m.getValue();
            if (!op.isObject() || !op.has("operationId") || !path.getKey().startsWith("/v1/")
                    || (op.has("security") && op.get("security").isEmpty())) {
                return;
            }
            Set<String> roles = new TreeSet<>();
            op.path("x-roles").forEach(r -> roles.add(r.asText()));
            JsonNode stepUp = op.get("x-step-up");
            Long stepUpCents = stepUp == null ? null : stepUp.path("minAmountCents").asLong(0);
            String id = op.get("operationId").asText();
            rules.put(id, new Rule(id, m.getKey(), path.getKey(), Set.copyOf(roles), stepUpCents));
            if (op.has("x-bulk-step-up")) {
                bulk.put(id, op.get("x-bulk-step-up").path("minItems").asInt(1));
            }
        }));
        Set<String> all = new TreeSet<>();
        root.path("info").path("x-roles-all").forEach(r -> all.add(r.asText()));
        Set<String> pii = new TreeSet<>();
        root.path("info").path("x-pii-roles").forEach(r -> pii.add(r.asText()));
        Permissions p = new Permissions(rules, all, pii);
        p.bulkStepUpMinItems.putAll(bulk);
        return p;
    }

    /// Lane security (issue 10): the contract's `x-bulk-step-up: {minItems: n}` on `operationId` — a desk-side
    /// policy for bulk changes made of many calls of that operation (the platform sees one record per call):
    /// a bulk change of n or more records asks for the password, checked by the platform's `stepUp`, first.
    public java.util.OptionalInt bulkStepUpMinItems(String operationId) {
        Integer n = bulkStepUpMinItems.get(operationId);
        return n == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(n);
    }

    /// Every role the contract knows (`info.x-roles-all`).
    public Set<String> roles() {
        return allRoles;
    }

    /// The roles that see customer PII unmasked (`info.x-pii-roles`).
    public Set<String> piiRoles() {
        return piiRoles;
    }

    /// Every operation of the matrix, by operationId.
    public Map<String, Rule> rules() {
        return rules;
    }

    public Optional<Rule> rule(String operationId) {
        return Optional.ofNullable(rules.get(operationId));
    }

    /// Whether a user with `userRoles` may call `operationId`; an operation the contract does not have is
    /// allowed to nobody.
    public boolean allows(Collection<String> userRoles, String operationId) {
        Rule rule = rules.get(operationId);
        return rule != null && rule.allows(userRoles);
    }

    /// The operationIds a user with `userRoles` may call: what `GET /v1/me` answers as `permissions`.
    public Set<String> operationsFor(Collection<String> userRoles) {
        Set<String> ops = new TreeSet<>();
        rules.values().stream().filter(r -> r.allows(userRoles)).forEach(r -> ops.add(r.operationId()));
        return ops;
    }

    /// The roles that may call `operationId` (empty when everyone signed in may, or it is unknown).
    public List<String> rolesOf(String operationId) {
        Rule rule = rules.get(operationId);
        return rule == null ? List.of() : List.copyOf(rule.roles());
    }
}
