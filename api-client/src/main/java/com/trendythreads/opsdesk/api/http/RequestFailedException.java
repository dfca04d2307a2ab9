package com.trendythreads.opsdesk.api.http;

import java.io.IOException;

/// A transport failure tagged with the request it belongs to; [#getCause()] is the original.
public final class RequestFailedException extends IOException {

    private final String method;
    private final String path;
    private final String requestId;

    public RequestFailedException(String method, String path, String requestId, IOException cause) {
        super(cause.toString(), cause);
        this.method = method;
        this.path = path;
        this.requestId = requestId;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String requestId() {
        return requestId;
    }

    public IOException original() {
        return (IOException) getCause();
    }
}
