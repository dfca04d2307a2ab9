package com.trendythreads.opsdesk.platform.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.http.ContractSpec;
import com.trendythreads.opsdesk.platform.http.Operation;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// The change feed shows a resource to exactly the roles that may call the list operation naming it in
/// `x-resource`; an operation without `x-roles` is readable by every signed-in user, as calling it is.
class ResourceReadersTest {

    @Test
    void everyResourceOfTheRealContractIsReadableByExactlyTheRolesOfItsList() {
        ContractSpec spec = ContractSpec.load("openapi.yaml");
        int resources = 0;
        for (Operation op : spec.operations()) {
            String resource = op.raw().path("x-resource").asText(null);
            if (resource == null) {
                continue;
            }
            resources++;
            assertThat(ResourceReaders.listOperation(spec, resource)).isSameAs(op);
            ResourcePolicy policy = ResourceReaders.of(spec, resource);
            for (Role role : Role.values()) {
                assertThat(policy.canRead(as(role))).as("%s reads %s", role, resource)
                        .isEqualTo(op.allows(as(role)));
            }
        }
        assertThat(resources).isEqualTo(20); // + alert (lane audit); + supplier, supplier_item, purchase_order (lane supply)
    }

    @Test
    void rolesComeFromTheListsXRoles() {
        ResourcePolicy gadget = ResourceReaders.of(spec(), "gadget");
        assertThat(EnumSet.allOf(Role.class).stream().filter(r -> gadget.canRead(as(r))))
                .containsExactlyInAnyOrder(Role.WAREHOUSE, Role.MANAGER);
    }

    @Test
    void aListWithoutXRolesIsReadableByEverySignedInUser() {
        ResourcePolicy note = ResourceReaders.of(spec(), "note");
        for (Role role : Role.values()) {
            assertThat(note.canRead(as(role))).as(role.name()).isTrue();
        }
    }

    @Test
    void aResourceNamedByNoListOrByTwoFailsAtStartup() {
        assertThatThrownBy(() -> ResourceReaders.of(spec(), "nothing"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nothing");
        assertThatThrownBy(() -> ResourceReaders.of(spec(), "twin"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("listTwinsAgain");
    }

    private static ContractSpec spec() {
        return ContractSpec.load("resource-readers-openapi.yaml");
    }

    private static Principal as(Role role) {
        return new Principal("usr_" + role, role.name().toLowerCase(), role.name(), Set.of(role), null);
    }
}
