package com.trendythreads.opsdesk.api;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HEAD;
import retrofit2.http.Header;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/// A domain interface declared the way the real ones should be.
public interface TestApi {

    record Thing(String id, String name, long version) {
    }

    record ThingPatch(String name, String note) {
    }

    @GET("v1/things/{id}")
    Thing get(@Path("id") String id);

    @GET("v1/things/{id}")
    Versioned<Thing> getVersioned(@Path("id") String id);

    @GET("v1/things/{id}")
    Call<Thing> getCall(@Path("id") String id);

    @GET("v1/things")
    Page<Thing> list(@Query("cursor") String cursor, @Query("limit") Integer limit);

    @POST("v1/things")
    ApiResponse<Thing> create(@Header("Idempotency-Key") String idempotencyKey, @Body Thing thing);

    @PATCH("v1/things/{id}")
    Versioned<Thing> patch(@Path("id") String id, @Header("If-Match") String ifMatch,
            @Header("Idempotency-Key") String idempotencyKey, @Body ThingPatch patch);

    @DELETE("v1/things/{id}")
    Void delete(@Path("id") String id, @Header("If-Match") String ifMatch,
            @Header("Idempotency-Key") String idempotencyKey);

    @HEAD("v1/things/{id}")
    Void head(@Path("id") String id);
}
