package com.trendythreads.opsdesk.platform.http;

import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.RateLimiter;
import com.trendythreads.opsdesk.platform.auth.StepUpService;
import com.trendythreads.opsdesk.platform.auth.TokenService;
import com.trendythreads.opsdesk.platform.faults.FaultInjector;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// What runs around every contract operation's handler, in this order: admin loopback check → injected faults
/// → bearer token → rate limit → ([#apply]:) `x-roles` → `Idempotency-Key` presence → query parameters and JSON body
/// against the contract → the handler → (malformed-body or lost-response fault).
public final class OperationPipeline {

    private static final Logger log = LoggerFactory.getLogger(OperationPipeline.class);

    /// The [TokenService.Authenticated] of the request (token expiry, for long-lived streams).
    public static final String AUTH_ATTRIBUTE = "opsdesk.auth";
    public static final String OPERATION_ATTRIBUTE = "opsdesk.operation";
    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

    private final TokenService tokens;
    private final RateLimiter rateLimiter;
    private final FaultInjector faults;
    private final BodyValidator bodies;
    private final StepUpService stepUps;

    /// @param bodies checks JSON bodies against the contract; null skips that check (test contracts)
    public OperationPipeline(TokenService tokens, RateLimiter rateLimiter, FaultInjector faults, BodyValidator bodies) {
        this(tokens, rateLimiter, faults, bodies, null);
    }

    /// @param stepUps spends the `X-Step-Up-Token` of operations marked `x-step-up` (null: no such check)
    public OperationPipeline(TokenService tokens, RateLimiter rateLimiter, FaultInjector faults, BodyValidator bodies,
                             StepUpService stepUps) {
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.bodies = bodies;
        this.stepUps = stepUps;
    }

    public void handle(Context ctx, Operation op, Handler handler) throws Exception {
        ctx.attribute(OPERATION_ATTRIBUTE, op);
        if (op.isAdmin() && !isLoopback(ctx.req().getRemoteAddr())) {
            throw ApiError.forbidden("The admin API answers only on the loopback interface");
        }
        FaultInjector.Decision fault = BatchRoute.OPERATION_ID.equals(op.operationId())
                ? faults.decide(ctx.path(), BatchRoute.carriedPaths(ctx.body()))
                : faults.decide(ctx.path());
        if (fault.latencyMs() > 0) Thread.sleep(fault.latencyMs());
        if (fault.action() == FaultInjector.Action.DROP) {
            drop(ctx);
            return;
        }
        if (fault.error() != null) throw fault.error();

        if (!op.isPublic() && !op.isAdmin()) {
            TokenService.Authenticated auth = tokens.authenticate(bearerToken(ctx));
            ctx.attribute(AUTH_ATTRIBUTE, auth);
            ctx.attribute(Principal.ATTRIBUTE, auth.principal());
            rateLimiter.acquire(auth.tokenHash());
        }
        apply(ctx, op, handler);

        if (fault.action() == FaultInjector.Action.MALFORM) malform(ctx);
        // The work is done and committed; the client never hears so, as when a network dies mid-answer.
        if (fault.action() == FaultInjector.Action.LOSE_RESPONSE) drop(ctx);
    }

    /// The per-operation part: `x-roles` → `Idempotency-Key` → query parameters and JSON body → step-up → the
    /// handler. A single request runs it once; a batch ([BatchRoute]) runs it for each item on a sub-request,
    /// after the token, the rate limit and the faults were dealt with once for the whole batch.
    void apply(Context ctx, Operation op, Handler handler) throws Exception {
        ctx.attribute(OPERATION_ATTRIBUTE, op);
        if (!op.isPublic() && !op.isAdmin()) {
            Principal principal = Principal.of(ctx);
            if (!op.allows(principal)) {
                throw ApiError.forbidden("Operation '" + op.operationId() + "' requires one of the roles " + op.roles()
                        + "; you have " + principal.roles());
            }
        }
        // The batch carries a key per item instead of one of its own.
        if (op.isStateChanging() && op.path().startsWith("/v1/") && !BatchRoute.OPERATION_ID.equals(op.operationId())) {
            requireIdempotencyKey(ctx);
        }
        checkQueryParams(ctx, op);
        if (bodies != null && op.isStateChanging()) bodies.check(ctx, op);
        // Lane access: a sensitive operation (x-step-up) spends a fresh step-up token, after the request is
        // known to be well-formed (so a bad request costs no token).
        if (stepUps != null && op.raw() != null && op.raw().has("x-step-up")) {
            var rule = op.raw().get("x-step-up");
            if (rule.has("minAmountCents")) {
                // lane security (issue 10): only the handler knows the amount; it calls the gate before writing
                ctx.attribute(StepUpService.ATTRIBUTE, stepUps.gate(ctx.header(StepUpService.HEADER),
                        Principal.of(ctx), op.operationId(), rule.get("minAmountCents").asLong()));
            } else {
                stepUps.require(ctx.header(StepUpService.HEADER), Principal.of(ctx), op.operationId());
            }
        }

        handler.handle(ctx);
    }

    private static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) throw ApiError.unauthorized("An Authorization: Bearer token is required");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.length() <= 7) {
            throw ApiError.unauthorized("The Authorization header must use the Bearer scheme");
        }
        return header.substring(7).trim();
    }

    private static void requireIdempotencyKey(Context ctx) {
        String key = ctx.header("Idempotency-Key");
        if (key == null || key.isBlank()) throw ApiError.missingHeader("Idempotency-Key");
        if (key.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
            throw ApiError.badRequest("invalid-header", "Idempotency-Key must be at most " + MAX_IDEMPOTENCY_KEY_LENGTH
                    + " characters").withError("Idempotency-Key", "is too long");
        }
    }

    /// Enum membership and integer bounds of query parameters, straight from the contract, so no handler can
    /// forget them. Handlers still parse the values (see [Params]).
    static void checkQueryParams(Context ctx, Operation op) {
        Validation v = Validation.forRequest();
        for (Operation.QueryParam p : op.queryParams()) {
            var values = ctx.queryParams(p.name());
            if (values.isEmpty()) {
                v.check(!p.required(), p.name(), "is required");
                continue;
            }
            List<String> items = p.commaSeparated()
                    ? values.stream().flatMap(value -> Arrays.stream(value.split(",", -1))).toList()
                    : values;
            for (String raw : items) {
                if (!p.enumValues().isEmpty() && !p.enumValues().contains(raw)) {
                    v.check(false, p.name(), "must be one of: " + String.join(", ", p.enumValues()));
                } else if ("integer".equals(p.type())) {
                    try {
                        long n = Long.parseLong(raw);
                        if (p.minimum() != null) v.min(p.name(), n, p.minimum());
                        if (p.maximum() != null) v.max(p.name(), n, p.maximum());
                    } catch (NumberFormatException e) {
                        v.check(false, p.name(), "must be an integer");
                    }
                }
            }
        }
        if (v.hasErrors()) {
            var first = v.errors().getFirst();
            throw ApiError.invalidParameter(first.field(), first.message())
                    .withErrors(v.errors().subList(1, v.errors().size()));
        }
    }

    static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /// Closes the TCP connection under the request, so the client gets no status line at all. Jetty 12:
    /// ServletContextRequest → ConnectionMetaData → Connection → EndPoint.close().
    private static void drop(Context ctx) {
        log.debug("Fault: dropping connection of {} {}", ctx.method(), ctx.path());
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        ctx.skipRemainingHandlers();
    }

    private static void malform(Context ctx) {
        String body = ctx.result();
        if (body == null) body = "{\"items\":[]}";
        String cut = body.substring(0, Math.max(1, body.length() / 2));
        ctx.status(200).contentType("application/json").result(cut + "\u00ff\u0000,\"#garbled".toLowerCase(Locale.ROOT));
    }
}
