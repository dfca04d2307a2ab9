package com.trendythreads.opsdesk.cache.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.Page;
import retrofit2.http.GET;
import retrofit2.http.Query;
import retrofit2.http.Url;

/// A list operation's items as the server sent them (JSON trees, not DTOs): what the cache stores.
public interface RawListApi {

    @GET
    Page<JsonNode> list(@Url String path, @Query("cursor") String cursor, @Query("limit") Integer limit);
}
