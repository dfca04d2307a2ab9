package com.trendythreads.opsdesk.api.auth;

import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;

/// The OAuth token endpoint and `/v1/me`. [Session] drives it over a client without the bearer
/// interceptor (the token endpoint must not trigger a refresh of its own).
public interface AuthApi {

    /// `grant_type=password`.
    @FormUrlEncoded
    @POST("oauth/token")
    TokenResponse passwordGrant(@Field("grant_type") String grantType, @Field("username") String username,
            @Field("password") String password);

    /// `grant_type=refresh_token`; the answer carries a new refresh token (rotation).
    @FormUrlEncoded
    @POST("oauth/token")
    TokenResponse refreshGrant(@Field("grant_type") String grantType, @Field("refresh_token") String refreshToken);

    /// `GET /v1/me` with an explicit `Authorization: Bearer …`.
    @GET("v1/me")
    Me me(@Header("Authorization") String authorization);
}
