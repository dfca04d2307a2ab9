package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;

/// A status the contract does not use (e.g. 405, 410, 415, an unfollowed 3xx).
public final class UnexpectedStatus extends ApiProblem {

    public UnexpectedStatus(int status, Problem problem, JsonNode body, RequestInfo request) {
        super(describe("Unexpected response", request, problem), status, problem, body, request, null);
    }
}
