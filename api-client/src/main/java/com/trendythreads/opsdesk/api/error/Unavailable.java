package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;

/// 502/503/504: the platform or a proxy in front of it is unavailable; retried already, try later.
public final class Unavailable extends ApiProblem {

    public Unavailable(int status, Problem problem, JsonNode body, RequestInfo request) {
        super(describe("Platform unavailable", request, problem), status, problem, body, request, null);
    }
}
