package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Collectors;

/// 400/422: the platform rejected the input. [#fieldErrors()] lists the invalid fields so a form
/// can mark them; the message names them for logs.
public final class ValidationProblem extends ApiProblem {

    public ValidationProblem(int status, Problem problem, JsonNode body, RequestInfo request) {
        super(message(problem, request), status, problem, body, request, null);
    }

    public List<FieldError> fieldErrors() {
        return problem().errors();
    }

    private static String message(Problem problem, RequestInfo request) {
        if (problem.errors().isEmpty()) {
            return describe("Invalid request", request, problem);
        }
        String fields = problem.errors().stream()
                .map(e -> e.field() + (e.message() == null ? "" : " (" + e.message() + ")"))
                .collect(Collectors.joining(", "));
        return "Invalid request: " + fields + " (" + request + ")";
    }
}
