package com.trendythreads.opsdesk.platform.changes;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

/// Who may read a resource type in the change feed and event stream, and how its data is masked for them.
///
/// ```java
/// policies.register("customer", ResourcePolicy.readableBy(Role.SUPPORT, Role.MANAGER, Role.ADMIN, Role.MARKETING)
///         .masking(pii::maskCustomer));
/// ```
public interface ResourcePolicy {

    boolean canRead(Principal principal);

    /// Returns the data this principal may see; `data` is the stored, unmasked JSON — do not mutate it, copy
    /// (`data.deepCopy()`) before changing fields. Only called when [#canRead] is true and data is not null.
    default JsonNode mask(JsonNode data, Principal principal) {
        return data;
    }

    static ResourcePolicy readableByAll() {
        return principal -> true;
    }

    static ResourcePolicy readableBy(Role first, Role... more) {
        Set<Role> roles = EnumSet.of(first, more);
        return principal -> principal.hasAnyRole(roles);
    }

    static ResourcePolicy readableBy(Set<Role> roles) {
        Set<Role> copy = Set.copyOf(roles);
        return principal -> principal.hasAnyRole(copy);
    }

    /// This policy with a masker.
    default ResourcePolicy masking(BiFunction<JsonNode, Principal, JsonNode> masker) {
        ResourcePolicy base = this;
        return new ResourcePolicy() {
            @Override
            public boolean canRead(Principal principal) {
                return base.canRead(principal);
            }

            @Override
            public JsonNode mask(JsonNode data, Principal principal) {
                return masker.apply(base.mask(data, principal), principal);
            }
        };
    }

    /// Convenience for tests and simple cases: replaces the named top-level string fields with `***`.
    static JsonNode maskFields(JsonNode data, List<String> fields) {
        if (!data.isObject()) return data;
        var copy = ((com.fasterxml.jackson.databind.node.ObjectNode) data).deepCopy();
        for (String f : fields) {
            if (copy.hasNonNull(f)) copy.put(f, "***");
        }
        return copy;
    }
}
