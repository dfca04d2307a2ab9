package com.trendythreads.opsdesk.api.service;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import com.trendythreads.opsdesk.api.ApiResponse;
import com.trendythreads.opsdesk.api.Batch;
import java.util.Map;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
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

    /// [#list] as the bytes that came, for a reader that keeps each item's own text (the initial sync stores
    /// every item as the platform wrote it instead of writing its parsed tree out again).
    @GET
    ResponseBody listBytes(@Url String path, @QueryMap Map<String, String> query);

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

    /// A queued file upload (`v1/products/{id}/media`) as `multipart/form-data`: a `file` part and an
    /// optional `altText` part (`null` is left out), with the entry's idempotency key.
    @Multipart
    @POST
    ApiResponse<JsonNode> upload(@Url String path, @Header("If-Match") String ifMatch,
            @Header("Idempotency-Key") String idempotencyKey, @Part MultipartBody.Part file,
            @Part("altText") RequestBody altText);

    /// `POST v1/batch`: up to 100 writes, each applied and remembered as if sent alone (not atomic). Each
    /// item's answer is the `ApiResponse` or the typed `ApiProblem` its single call would have given; a
    /// failure of the batch as a whole is thrown as usual (a platform without the endpoint: 404/405/501).
    @POST("v1/batch")
    Batch.Answers batch(@Body Batch.Request batch);

    @HTTP(method = "DELETE")
    ApiResponse<JsonNode> delete(@Url String path, @Header("If-Match") String ifMatch,
            @Header("Idempotency-Key") String idempotencyKey);
}
