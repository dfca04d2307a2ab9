package com.trendythreads.opsdesk.api.auth;

import retrofit2.http.Body;
import retrofit2.http.POST;

/// `POST /oauth/step-up` (operationId `stepUp`): the signed-in user re-enters the password for a sensitive
/// action (an operation marked `x-step-up` in the contract) and gets a short-lived, single-use token to send as
/// [#HEADER] with that one request. The desk keeps the token in memory for that request only: never on disk,
/// never in the outbox (docs/security.md).
public interface StepUpApi {

    String HEADER = "X-Step-Up-Token";

    record StepUpRequest(String password) {
    }

    record StepUpToken(String stepUpToken, long expiresIn) {
    }

    @POST("oauth/step-up")
    StepUpToken stepUp(@Body StepUpRequest body);
}
