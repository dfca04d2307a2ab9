package com.trendythreads.opsdesk.platform.http;

import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;

/// Where domain code plugs in: one [Handler] per contract `operationId`.
///
/// Registering an id twice fails at once; an id the contract does not declare fails server startup;
/// a contract operation nobody registered answers 501.
public final class HandlerRegistry {

    private final Map<String, Handler> handlers = new LinkedHashMap<>();

    public HandlerRegistry handle(String operationId, Handler handler) {
        if (handlers.putIfAbsent(operationId, handler) != null) {
            throw new IllegalStateException("A handler for operationId '" + operationId + "' is already registered");
        }
        return this;
    }

    public Map<String, Handler> handlers() {
        return Map.copyOf(handlers);
    }
}
