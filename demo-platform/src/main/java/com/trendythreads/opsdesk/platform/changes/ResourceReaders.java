package com.trendythreads.opsdesk.platform.changes;

import com.trendythreads.opsdesk.platform.http.ContractSpec;
import com.trendythreads.opsdesk.platform.http.Operation;
import java.util.List;

/// Who may read a change-feed resource, derived from the contract so the feed and the lists can never
/// disagree: a resource is readable by exactly the roles that may call the list operation naming it in
/// `x-resource`, i.e. that operation's `x-roles`.
///
/// **Rule for an operation without `x-roles`:** the same as [Operation#allows] applies to calling it, so
/// the resource is readable by every signed-in user ([ResourcePolicy#readableByAll]; the change feed and
/// the event stream need a token anyway). The feed then shows exactly what the list shows, never more
/// and never less. (The contract's own rules, `ContractRulesTest`, give every list operation `x-roles`.)
///
/// A resource that no operation, or more than one operation, names in `x-resource` fails at startup.
public final class ResourceReaders {

    private ResourceReaders() {
    }

    /// The policy of `resource` (`product`, `pick_list`, …); add masking with [ResourcePolicy#masking].
    ///
    /// @throws IllegalStateException when not exactly one operation of `spec` has `x-resource: <resource>`
    public static ResourcePolicy of(ContractSpec spec, String resource) {
        Operation list = listOperation(spec, resource);
        return list.roles().isEmpty() ? ResourcePolicy.readableByAll() : ResourcePolicy.readableBy(list.roles());
    }

    /// The one operation whose `x-resource` is `resource`.
    public static Operation listOperation(ContractSpec spec, String resource) {
        List<Operation> lists = spec.operations().stream()
                .filter(op -> resource.equals(op.raw().path("x-resource").asText(null)))
                .toList();
        if (lists.size() != 1) {
            throw new IllegalStateException("The contract must have exactly one operation with x-resource '"
                    + resource + "', found " + lists.stream().map(Operation::operationId).toList());
        }
        return lists.getFirst();
    }
}
