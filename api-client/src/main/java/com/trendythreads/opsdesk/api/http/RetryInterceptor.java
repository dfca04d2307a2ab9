package com.trendythreads.opsdesk.api.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Retries transient failures, but only where repeating cannot apply a change twice.
///
/// - **What is retried:** connection failures and timeouts, 502, 503, 504 and 429.
/// - **Which requests:** GET, HEAD, OPTIONS, PUT, DELETE, and POST/PATCH that carry an
///   `Idempotency-Key` (the platform answers a repeated key with its first answer). Any other
///   request is retried only when the connection could not even be opened (refused, unknown
///   host, no route): then the request never left this machine.
/// - **How long:** [RetryPolicy] (exponential backoff with full jitter); on 429/503 a
///   `Retry-After` (seconds or HTTP date) replaces the backoff, and one longer than
///   [RetryPolicy#maxRetryAfter()] ends the retries so the caller sees `RateLimited`.
///
/// The OkHttp client must be built with `retryOnConnectionFailure(false)`, or OkHttp itself would
/// silently re-send a POST on a stale pooled connection. (OkHttp still follows one
/// `503` with `Retry-After: 0` by itself, for any method: the server's explicit "not processed,
/// send it again now".)
public final class RetryInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE");
    private static final Set<Integer> RETRYABLE_STATUS = Set.of(429, 502, 503, 504);

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;

    public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /// Whether `request` may be sent again after it possibly reached the platform.
    public static boolean isSafeToRepeat(Request request) {
        if (request.body() != null && request.body().isOneShot()) {
            return false;
        }
        String method = request.method();
        return SAFE_METHODS.contains(method)
                || (("POST".equals(method) || "PATCH".equals(method)) && request.header("Idempotency-Key") != null);
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        boolean safe = isSafeToRepeat(request);
        for (int attempt = 0; ; attempt++) {
            boolean last = attempt + 1 >= policy.maxAttempts();
            Response response;
            try {
                response = chain.proceed(request);
            } catch (IOException e) {
                if (last || chain.call().isCanceled() || !(safe || neverSent(e))) {
                    throw e;
                }
                Duration wait = policy.backoff(attempt);
                LOG.info("{} {} [{}] failed ({}), attempt {}/{}, retrying in {} ms", request.method(),
                        request.url().encodedPath(), request.header("X-Request-Id"), e.toString(), attempt + 1,
                        policy.maxAttempts(), wait.toMillis());
                pause(wait);
                continue;
            }
            int code = response.code();
            if (last || !safe || !RETRYABLE_STATUS.contains(code)) {
                return response;
            }
            Duration wait = policy.backoff(attempt);
            if (code == 429 || code == 503) {
                Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), clock.instant());
                if (retryAfter.isPresent()) {
                    if (retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
                        return response;
                    }
                    wait = retryAfter.get();
                }
            }
            LOG.info("{} {} [{}] got {}, attempt {}/{}, retrying in {} ms", request.method(),
                    request.url().encodedPath(), request.header("X-Request-Id"), code, attempt + 1,
                    policy.maxAttempts(), wait.toMillis());
            response.close();
            pause(wait);
        }
    }

    private static boolean neverSent(IOException e) {
        return e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
    }

    private void pause(Duration wait) throws InterruptedIOException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException io = new InterruptedIOException("interrupted while waiting to retry");
            io.initCause(e);
            throw io;
        }
    }
}
