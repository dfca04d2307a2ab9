package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;

/// 409: the request conflicts with the resource's state (e.g. a pick line another user already
/// confirmed). [#body()] keeps the whole problem body with its extensions, e.g. who did it.
public final class Conflict extends ApiProblem {

    public Conflict(int status, Problem problem, JsonNode body, RequestInfo request) {
        super(describe("Conflict", request, problem), status, problem, body, request, null);
    }
}
