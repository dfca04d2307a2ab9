package com.trendythreads.opsdesk.api.dto.common;

import java.util.List;

/// Generated once from `openapi.yaml` (`User`); keep the two in step.
public record User(
        String id,
        String username,
        String displayName,
        List<Role> roles,
        String homeLocationId,
        boolean active,
        long version) {
}
