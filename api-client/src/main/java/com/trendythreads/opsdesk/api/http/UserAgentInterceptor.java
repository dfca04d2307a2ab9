package com.trendythreads.opsdesk.api.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/// Sends `User-Agent: OpsDesk/<version>` so the platform can tell client releases apart.
public final class UserAgentInterceptor implements Interceptor {

    private final String userAgent;

    public UserAgentInterceptor(String appVersion) {
        this.userAgent = "OpsDesk/" + appVersion;
    }

    public String userAgent() {
        return userAgent;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
    }
}
