package com.trendythreads.opsdesk.api.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    private final Permissions permissions = Permissions.contract();

    @Test
    void readsTheRolesOfEveryV1OperationFromTheContract() {
        assertThat(permissions.roles())
                .containsExactlyInAnyOrder("MERCHANDISER", "WAREHOUSE", "MANAGER", "SUPPORT", "MARKETING", "ADMIN");
        assertThat(permissions.rules()).hasSizeGreaterThan(60).containsKeys("getMe", "listChanges", "updateProduct")
                .doesNotContainKeys("issueToken", "setFaults");
        assertThat(permissions.rolesOf("updateProduct")).containsExactlyInAnyOrder("MERCHANDISER", "ADMIN");
        assertThat(permissions.allows(List.of("MERCHANDISER"), "updateProduct")).isTrue();
        assertThat(permissions.allows(List.of("WAREHOUSE"), "updateProduct")).isFalse();
        assertThat(permissions.allows(List.of("WAREHOUSE", "SUPPORT"), "refundOrder")).as("any of the roles").isTrue();
    }

    @Test
    void operationsWithoutRolesAreOpenToEverySignedInUserAndUnknownOnesToNobody() {
        assertThat(permissions.allows(List.of("WAREHOUSE"), "getMe")).isTrue();
        assertThat(permissions.allows(List.of("WAREHOUSE"), "listChanges")).isTrue();
        assertThat(permissions.allows(List.of("ADMIN"), "noSuchOperation")).isFalse();
        assertThat(permissions.allows(List.of(), "listProducts")).as("no role").isFalse();
    }

    @Test
    void operationsForARoleAreWhatMeWouldList() {
        assertThat(permissions.operationsFor(List.of("WAREHOUSE")))
                .contains("listPickLists", "adjustStock", "getMe")
                .doesNotContain("updateProduct", "refundOrder", "listCustomers");
        assertThat(permissions.operationsFor(List.of("ADMIN"))).hasSameSizeAs(permissions.rules().keySet());
    }

    @Test
    void readsTheStepUpPoliciesOfRefundsCancelsAndBulkPriceChanges() {
        // lane security (issue 10)
        Permissions p = Permissions.contract();
        Permissions.Rule refund = p.rule("refundOrder").orElseThrow();
        assertThat(refund.needsStepUp(49_999)).isFalse();
        assertThat(refund.needsStepUp(50_000)).isTrue();
        assertThat(p.rule("eraseCustomer").orElseThrow().needsStepUp(0)).as("x-step-up: {} = always").isTrue();
        // a cancel refunds what is left captured: the same threshold, or it would be a back door around refunds
        Permissions.Rule cancel = p.rule("cancelOrder").orElseThrow();
        assertThat(cancel.needsStepUp(49_999)).isFalse();
        assertThat(cancel.needsStepUp(50_000)).isTrue();
        assertThat(p.rule("createReturn").orElseThrow().needsStepUp(1_000_000)).as("no x-step-up").isFalse();
        assertThat(p.bulkStepUpMinItems("updateProduct")).hasValue(50);
        assertThat(p.bulkStepUpMinItems("createProduct")).isEmpty();
    }
}
