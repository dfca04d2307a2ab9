package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.OptionalLong;

/// 412: `If-Match` was stale, someone changed the resource first. Carries the resource as it is
/// now so the caller can offer keep mine / take theirs / merge.
public final class PreconditionFailed extends ApiProblem {

    public PreconditionFailed(int status, Problem problem, JsonNode body, RequestInfo request) {
        super(describe("Changed by someone else", request, problem), status, problem, body, request, null);
    }

    /// The resource's version now, when the platform said.
    public OptionalLong currentVersion() {
        Long v = problem().currentVersion();
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /// The resource now (convert with `Json.mapper().treeToValue(current(), Product.class)`),
    /// or `null`.
    public JsonNode current() {
        return problem().current();
    }
}
