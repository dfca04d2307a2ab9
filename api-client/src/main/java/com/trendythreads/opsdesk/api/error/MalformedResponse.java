package com.trendythreads.opsdesk.api.error;

/// A success status whose body (or ETag) does not match the contract, e.g. truncated or non-JSON
/// content from a proxy or a platform bug. The cause is the decoding error.
public final class MalformedResponse extends ApiProblem {

    public MalformedResponse(int status, RequestInfo request, String reason, Throwable cause) {
        super("Malformed response (HTTP " + status + "): " + reason + " (" + request + ")", status,
                Problem.ofStatus(status, "Malformed response"), null, request, cause);
    }
}
