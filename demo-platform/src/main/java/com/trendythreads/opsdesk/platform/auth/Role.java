package com.trendythreads.opsdesk.platform.auth;

/// The roles of docs/platform.md; the contract's `x-roles` lists these names.
public enum Role {
    MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN
}
