package com.trendythreads.opsdesk.api.auth;

import retrofit2.http.GET;

/// `GET /v1/me` through the signed-in client (bearer added and refreshed automatically).
public interface MeApi {

    @GET("v1/me")
    Me me();
}
