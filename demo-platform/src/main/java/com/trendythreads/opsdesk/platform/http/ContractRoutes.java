package com.trendythreads.opsdesk.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Registers one Javalin route per contract operation (OpenAPI `{id}` path parameters are Javalin's syntax
/// too), each running through the [OperationPipeline] to the handler registered for its operationId — or to a
/// 501 problem when none is. A handler for an operationId the contract does not declare fails startup.
public final class ContractRoutes {

    private static final Logger log = LoggerFactory.getLogger(ContractRoutes.class);

    private ContractRoutes() {}

    /// Installs the routes; returns the operationIds that have no handler (answering 501).
    public static Set<String> install(RoutesConfig routes, ContractSpec spec, HandlerRegistry registry,
                                      OperationPipeline pipeline, Problems problems, ObjectMapper mapper) {
        Map<String, Handler> handlers = registry.handlers();
        Set<String> unknown = new TreeSet<>(handlers.keySet());
        unknown.removeAll(spec.operationIds());
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("Handlers registered for operationIds the contract does not declare: " + unknown);
        }
        Set<String> unhandled = new TreeSet<>();
        Map<Operation, Handler> targets = new LinkedHashMap<>();
        for (Operation op : spec.operations()) {
            Handler handler = handlers.get(op.operationId());
            if (handler == null && BatchRoute.OPERATION_ID.equals(op.operationId())) {
                // Its items reach the very handlers registered here (the map is complete before a request).
                handler = new BatchRoute(targets, pipeline, problems, mapper);
            }
            if (handler == null) {
                unhandled.add(op.operationId());
                String id = op.operationId();
                handler = ctx -> {
                    throw ApiError.notImplemented(id);
                };
            }
            Handler target = handler;
            targets.put(op, target);
            routes.addHttpHandler(op.method(), op.path(), ctx -> pipeline.handle(ctx, op, target));
        }
        if (!unhandled.isEmpty()) log.info("Contract operations without a handler (answer 501): {}", unhandled);
        return Set.copyOf(unhandled);
    }
}
