package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;

/// Any other 5xx: a platform bug; quote [#requestId()] when reporting it.
public final class ServerError extends ApiProblem {

    public ServerError(int status, Problem problem, JsonNode body, RequestInfo request) {
        super(describe("Platform error", request, problem), status, problem, body, request, null);
    }
}
