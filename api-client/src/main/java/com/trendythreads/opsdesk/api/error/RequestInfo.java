package com.trendythreads.opsdesk.api.error;

/// Which request failed, for logs and support tickets.
///
/// @param method    HTTP method
/// @param path      the URL path (no query string, which may hold search terms)
/// @param requestId the `X-Request-Id` the client sent (and the platform echoed), or `null`
public record RequestInfo(String method, String path, String requestId) {

    @Override
    public String toString() {
        return method + " " + path + (requestId == null ? "" : " [" + requestId + "]");
    }
}
