package com.trendythreads.opsdesk.platform.changes;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// The registry of [ResourcePolicy] per resource type (`product`, `order`, `customer`, …).
///
/// A change for a resource type without a policy fails the write ([com.trendythreads.opsdesk.platform.writes.Tx#recordChange]):
/// forgetting a policy must not silently hide data — or leak it.
public final class ResourcePolicies {

    private final ConcurrentHashMap<String, ResourcePolicy> policies = new ConcurrentHashMap<>();

    public ResourcePolicies register(String resource, ResourcePolicy policy) {
        if (policies.putIfAbsent(resource, policy) != null) {
            throw new IllegalStateException("A policy for resource '" + resource + "' is already registered");
        }
        return this;
    }

    public Optional<ResourcePolicy> policy(String resource) {
        return Optional.ofNullable(policies.get(resource));
    }

    public boolean isRegistered(String resource) {
        return policies.containsKey(resource);
    }
}
