package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;

/// 404: the resource does not exist (or is not visible to this role).
public final class NotFound extends ApiProblem {

    public NotFound(int status, Problem problem, JsonNode body, RequestInfo request) {
        super(describe("Not found", request, problem), status, problem, body, request, null);
    }
}
