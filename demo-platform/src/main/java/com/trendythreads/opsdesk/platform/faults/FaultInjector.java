package com.trendythreads.opsdesk.platform.faults;

import com.trendythreads.opsdesk.platform.http.ApiError;
import java.util.List;
import java.util.Random;

/// Decides, per request, which fault (if any) to inject. Thread-safe; the random draws come from one seeded
/// [Random] so a run with a seed and a fixed request order is reproducible.
public final class FaultInjector {

    /// What the pipeline must do with the request. (Failures are thrown as [ApiError].)
    public enum Action { PROCEED, DROP, MALFORM, LOSE_RESPONSE }

    /// The decision plus the latency to add first.
    public record Decision(Action action, long latencyMs, ApiError error) {}

    private static final Decision CLEAN = new Decision(Action.PROCEED, 0, null);

    private FaultConfig config;
    private int rateLimitBurstLeft;
    private int failNextLeft;
    private int dropNextLeft;
    private int loseResponseNextLeft;
    private Random random;

    public FaultInjector(FaultConfig initial) {
        set(initial);
    }

    public synchronized void set(FaultConfig newConfig) {
        newConfig.validate();
        config = newConfig;
        rateLimitBurstLeft = newConfig.rateLimitBurst();
        failNextLeft = newConfig.failNext() == null ? 0 : newConfig.failNext().count();
        dropNextLeft = newConfig.dropNext() == null ? 0 : newConfig.dropNext().count();
        loseResponseNextLeft = newConfig.loseResponseNext() == null ? 0 : newConfig.loseResponseNext().count();
        random = newConfig.seed() == null ? new Random() : new Random(newConfig.seed());
    }

    public void reset() {
        set(FaultConfig.NONE);
    }

    /// The configuration with the counters as they stand now (what `GET /admin/faults` shows).
    public synchronized FaultConfig current() {
        return new FaultConfig(config.latencyMs(), config.errorRate(), config.errorStatus(), config.dropRate(),
                config.malformedRate(), rateLimitBurstLeft,
                config.failNext() == null ? null
                        : new FaultConfig.FailNext(failNextLeft, config.failNext().status(), config.failNext().pathPrefix()),
                config.dropNext() == null ? null : new FaultConfig.DropNext(dropNextLeft, config.dropNext().pathPrefix()),
                config.loseResponseNext() == null ? null
                        : new FaultConfig.DropNext(loseResponseNextLeft, config.loseResponseNext().pathPrefix()),
                config.seed());
    }

    /// Paths faults leave alone unless a deterministic fault's prefix names them explicitly: the control plane
    /// (`/admin`) and login (`/oauth/token`), so a test can always reconfigure and log in.
    static boolean exempt(String path) {
        return path.startsWith("/admin") || path.startsWith("/oauth/");
    }

    private static boolean matches(String prefix, String path, List<String> carried) {
        if (matches(prefix, path)) return true;
        for (String c : carried) {
            if (prefix != null && !prefix.isEmpty() && !prefix.equals("/") && matches(prefix, c)) return true;
        }
        return false;
    }

    private static boolean matches(String prefix, String path) {
        if (prefix == null || prefix.isEmpty() || prefix.equals("/")) return !exempt(path);
        return path.startsWith(prefix) && (!exempt(path) || exempt(prefix));
    }

    public Decision decide(String path) {
        return decide(path, List.of());
    }

    /// @param carried the paths of the writes a batch carries: a deterministic fault aimed at one of them
    ///                (`/v1/stock/adjustments`) hits the whole batch that carries it, as it would have hit the
    ///                single request
    public synchronized Decision decide(String path, List<String> carried) {
        if (dropNextLeft > 0 && matches(config.dropNext().pathPrefix(), path, carried)) {
            dropNextLeft--;
            return new Decision(Action.DROP, 0, null);
        }
        if (loseResponseNextLeft > 0 && matches(config.loseResponseNext().pathPrefix(), path, carried)) {
            loseResponseNextLeft--;
            return new Decision(Action.LOSE_RESPONSE, 0, null);
        }
        if (failNextLeft > 0 && matches(config.failNext().pathPrefix(), path, carried)) {
            failNextLeft--;
            return new Decision(Action.PROCEED, 0, injected(config.failNext().status()));
        }
        if (exempt(path)) return CLEAN;
        if (rateLimitBurstLeft > 0) {
            rateLimitBurstLeft--;
            return new Decision(Action.PROCEED, config.latencyMs(),
                    ApiError.tooManyRequests(1, "Rate limit burst injected by the fault configuration"));
        }
        if (config.dropRate() > 0 && random.nextDouble() < config.dropRate()) {
            return new Decision(Action.DROP, config.latencyMs(), null);
        }
        if (config.errorRate() > 0 && random.nextDouble() < config.errorRate()) {
            return new Decision(Action.PROCEED, config.latencyMs(), injected(config.errorStatus()));
        }
        if (config.malformedRate() > 0 && random.nextDouble() < config.malformedRate()) {
            return new Decision(Action.MALFORM, config.latencyMs(), null);
        }
        return config.latencyMs() == 0 ? CLEAN : new Decision(Action.PROCEED, config.latencyMs(), null);
    }

    /// Injected failures look like the real thing to a client (same problem types), plus `injected: true`.
    private static ApiError injected(int status) {
        ApiError e = switch (status) {
            case 500 -> new ApiError(500, "internal-error", "Internal server error", "Injected by the fault configuration");
            case 503 -> new ApiError(503, "service-unavailable", "Service unavailable", "Injected by the fault configuration")
                    .withHeader("Retry-After", "1");
            case 429 -> ApiError.tooManyRequests(1, "Injected by the fault configuration");
            default -> new ApiError(status, "injected-" + status, "Injected failure", "Injected by the fault configuration");
        };
        return e.with("injected", true);
    }
}
