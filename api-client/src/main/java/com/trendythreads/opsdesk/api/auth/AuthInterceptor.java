package com.trendythreads.opsdesk.api.auth;

import java.io.IOException;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/// Adds `Authorization: Bearer …` and, when the platform answers 401, renews the token through
/// [Session#refreshReplacing] (single-flight) and sends the request once more.
///
/// When the session cannot be renewed the original 401 is returned, so the caller gets
/// `Unauthorized` with the platform's problem details, and session listeners have been told.
/// Requests that already carry an `Authorization` header are left alone.
public final class AuthInterceptor implements Interceptor {

    private final Session session;

    public AuthInterceptor(Session session) {
        this.session = session;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (request.header("Authorization") != null) {
            return chain.proceed(request);
        }
        Optional<Tokens> tokens = session.tokensForRequest();
        if (tokens.isEmpty()) {
            return chain.proceed(request);
        }
        Response response = chain.proceed(withBearer(request, tokens.get()));
        if (response.code() != 401) {
            return response;
        }
        // Keep the 401 readable: it is what the caller gets if renewal fails.
        Response rejected = buffered(response);
        Optional<Tokens> renewed = session.refreshReplacing(tokens.get());
        if (renewed.isEmpty()) {
            return rejected;
        }
        rejected.close();
        return chain.proceed(withBearer(request, renewed.get()));
    }

    private static Request withBearer(Request request, Tokens tokens) {
        return request.newBuilder().header("Authorization", "Bearer " + tokens.accessToken()).build();
    }

    private static Response buffered(Response response) throws IOException {
        try (ResponseBody body = response.body()) {
            byte[] bytes = body.bytes();
            return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
        }
    }
}
