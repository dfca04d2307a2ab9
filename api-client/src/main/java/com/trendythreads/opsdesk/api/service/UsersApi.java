package com.trendythreads.opsdesk.api.service;

import com.trendythreads.opsdesk.api.Page;
import com.trendythreads.opsdesk.api.dto.common.Role;
import com.trendythreads.opsdesk.api.dto.common.User;
import retrofit2.http.GET;
import retrofit2.http.Query;

/// Retrofit view of the contract's operations for this domain; generated once from `openapi.yaml`,
/// kept in step by hand. Every method runs synchronously on the caller's thread and throws an
/// `ApiProblem` on failure; state-changing calls take a caller-chosen `Idempotency-Key` so a retry
/// after a crash reuses it, and updates take the cached ETag as `If-Match`.
public interface UsersApi {

    /// Staff users (assignees, pickers). Roles: MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN.
    @GET("v1/users")
    Page<User> listUsers(@Query("cursor") String cursor,
            @Query("limit") Integer limit,
            @Query("role") Role role);
}
