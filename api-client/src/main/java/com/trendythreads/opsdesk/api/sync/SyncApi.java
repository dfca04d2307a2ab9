package com.trendythreads.opsdesk.api.sync;

import retrofit2.http.GET;
import retrofit2.http.Query;

/// The delta feed.
public interface SyncApi {

    /// Changes after `since` (`null` = from the beginning), at most `limit` (`null` = default).
    @GET("v1/changes")
    ChangePage changes(@Query("since") String since, @Query("limit") Integer limit);
}
