package com.trendythreads.opsdesk.api.http;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/// Gives each logical call one `X-Request-Id` (a random UUID, unless the caller set one).
///
/// It is the outermost interceptor, so retries and the re-send after a token refresh carry the
/// same id and the platform's logs show them as one call. A transport failure is re-thrown as a
/// [RequestFailedException] so the id reaches the `NetworkDown` the caller sees.
public final class RequestIdInterceptor implements Interceptor {

    public static final String HEADER = "X-Request-Id";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (request.header(HEADER) == null) {
            request = request.newBuilder().header(HEADER, UUID.randomUUID().toString()).build();
        }
        try {
            return chain.proceed(request);
        } catch (RequestFailedException alreadyTagged) {
            throw alreadyTagged;
        } catch (IOException e) {
            throw new RequestFailedException(request.method(), request.url().encodedPath(), request.header(HEADER), e);
        }
    }
}
