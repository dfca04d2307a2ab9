package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/// An RFC 9457 `application/problem+json` body with the platform's extensions.
///
/// @param type           a URI naming the problem kind (`about:blank` when absent)
/// @param title          short, human-readable summary of the kind
/// @param status         the HTTP status the server meant
/// @param detail         human-readable explanation of this occurrence
/// @param instance       URI of this occurrence
/// @param requestId      the `X-Request-Id` of the failed request
/// @param errors         invalid fields (400/422), never null
/// @param currentVersion the resource's version now (412 only)
/// @param current        the resource now (412 only)
public record Problem(
        String type,
        String title,
        Integer status,
        String detail,
        String instance,
        String requestId,
        List<FieldError> errors,
        Long currentVersion,
        JsonNode current) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /// A problem for a response that had no problem+json body: only the status is known.
    public static Problem ofStatus(int status, String title) {
        return new Problem("about:blank", title, status, null, null, null, List.of(), null, null);
    }
}
