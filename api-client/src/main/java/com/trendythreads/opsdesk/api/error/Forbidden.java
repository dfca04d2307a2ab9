package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;

/// 403: the signed-in user's role may not do this.
public final class Forbidden extends ApiProblem {

    public Forbidden(int status, Problem problem, JsonNode body, RequestInfo request) {
        super(describe("Not allowed", request, problem), status, problem, body, request, null);
    }
}
