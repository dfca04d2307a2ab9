package com.trendythreads.opsdesk.api.service;

import com.trendythreads.opsdesk.api.dto.analytics.DailySalesReport;
import com.trendythreads.opsdesk.api.dto.analytics.ExternalContextReport;
import com.trendythreads.opsdesk.api.dto.analytics.TrafficReport;
import java.time.LocalDate;
import retrofit2.http.GET;
import retrofit2.http.Query;

/// Retrofit view of the contract's operations for this domain; generated once from `openapi.yaml`,
/// kept in step by hand. Every method runs synchronously on the caller's thread and throws an
/// `ApiProblem` on failure; state-changing calls take a caller-chosen `Idempotency-Key` so a retry
/// after a crash reuses it, and updates take the cached ETag as `If-Match`.
public interface AnalyticsApi {

    /// Daily sales aggregates for any date range. Roles: MERCHANDISER, MANAGER, MARKETING, ADMIN.
    @GET("v1/analytics/daily-sales")
    DailySalesReport getDailySales(@Query("from") LocalDate from,
            @Query("to") LocalDate to,
            @Query("groupBy") String groupBy);

    /// Sessions and conversions per day and channel. Roles: MERCHANDISER, MANAGER, MARKETING, ADMIN.
    @GET("v1/analytics/traffic")
    TrafficReport getTraffic(@Query("from") LocalDate from,
            @Query("to") LocalDate to);

    /// Weather, competitor price index and sentiment per category and day. Roles: MERCHANDISER, MANAGER, MARKETING, ADMIN.
    @GET("v1/external/context")
    ExternalContextReport getExternalContext(@Query("from") LocalDate from,
            @Query("to") LocalDate to,
            @Query("categoryId") String categoryId);
}
