package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;

/// 428: the request lacked `If-Match`; a programming error in the caller.
public final class PreconditionRequired extends ApiProblem {

    public PreconditionRequired(int status, Problem problem, JsonNode body, RequestInfo request) {
        super(describe("If-Match required", request, problem), status, problem, body, request, null);
    }
}
