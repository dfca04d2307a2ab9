package com.trendythreads.opsdesk.api.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.ApiResponse;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.Header;
import retrofit2.http.QueryMap;
import retrofit2.http.Url;

/// The contract's resources as plain JSON, for the offline cache's sync engine: it stores each
/// resource as the server sent it and replays queued edits whose path and body were fixed when
/// the user made them. Screens use the typed domain services instead.
///
/// Paths are relative to the base URL (`v1/products/prd_000001`). Every call throws an
/// `ApiProblem` on failure, like the typed services. A `null` header is left out.
public interface ResourcesApi {

    /// One page of a list operation (`v1/orders`, `{cursor: …, from: …}`) as it came:
    /// `{items, nextCursor, changeToken, total}`.
    @GET
    JsonNode list(@Url String path, @QueryMap Map<String, String> query);

    @GET
    ApiResponse<JsonNode> get(@Url String path);

    /// A create or an action, with its idempotency key and, when the action was based on a
    /// known version, `If-Match`.
    @HTTP(method = "POST", hasBody = true)
    ApiResponse<JsonNode> post(@Url String path, @Header("If-Match") String ifMatch,
            @Header("Idempotency-Key") String idempotencyKey, @Body JsonNode body);

    /// A merge-patch update against the version the edit was based on.
    @HTTP(method = "PATCH", hasBody = true)
    ApiResponse<JsonNode> patch(@Url String path, @Header("If-Match") String ifMatch,
            @Header("Idempotency-Key") String idempotencyKey, @Body JsonNode body);

    @HTTP(method = "DELETE")
    ApiResponse<JsonNode> delete(@Url String path, @Header("If-Match") String ifMatch,
            @Header("Idempotency-Key") String idempotencyKey);
}
