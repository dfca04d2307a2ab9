package com.trendythreads.opsdesk.api.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Logs one line per attempt: method, path, status, time and request id. Never headers or
/// bodies, which hold tokens, passwords and customer data; never query strings (search terms).
public final class LoggingInterceptor implements Interceptor {

    private static final Logger LOG = LoggerFactory.getLogger("com.trendythreads.opsdesk.api.http");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long start = System.nanoTime();
        String id = request.header(RequestIdInterceptor.HEADER);
        try {
            Response response = chain.proceed(request);
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (response.code() >= 500) {
                LOG.warn("{} {} -> {} in {} ms [{}]", request.method(), request.url().encodedPath(), response.code(), ms, id);
            } else if (response.code() >= 400) {
                LOG.info("{} {} -> {} in {} ms [{}]", request.method(), request.url().encodedPath(), response.code(), ms, id);
            } else {
                LOG.debug("{} {} -> {} in {} ms [{}]", request.method(), request.url().encodedPath(), response.code(), ms, id);
            }
            return response;
        } catch (IOException e) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            LOG.info("{} {} -> {} after {} ms [{}]", request.method(), request.url().encodedPath(), e.toString(), ms, id);
            throw e;
        }
    }
}
