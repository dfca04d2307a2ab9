package com.trendythreads.opsdesk.platform.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.http.HandlerRegistry;
import com.trendythreads.opsdesk.platform.http.Json;

/// `getFaults`, `setFaults` (replaces the whole configuration) and `resetFaults` (back to no faults).
public final class AdminHandlers {

    private AdminHandlers() {}

    public static void register(HandlerRegistry registry, FaultInjector faults, ObjectMapper mapper) {
        registry.handle("getFaults", ctx -> ctx.json(faults.current()));
        registry.handle("setFaults", ctx -> {
            faults.set(Json.read(ctx, mapper, FaultConfig.class));
            ctx.json(faults.current());
        });
        registry.handle("resetFaults", ctx -> {
            faults.reset();
            ctx.json(faults.current());
        });
    }
}
