package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;

/// 401: not signed in, or the session could not be renewed; ask for the password again.
public final class Unauthorized extends ApiProblem {

    public Unauthorized(int status, Problem problem, JsonNode body, RequestInfo request) {
        super(describe("Not signed in", request, problem), status, problem, body, request, null);
    }
}
