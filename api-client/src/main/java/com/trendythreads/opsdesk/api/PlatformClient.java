package com.trendythreads.opsdesk.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.auth.AuthApi;
import com.trendythreads.opsdesk.api.auth.AuthInterceptor;
import com.trendythreads.opsdesk.api.auth.InMemoryTokenStore;
import com.trendythreads.opsdesk.api.auth.Session;
import com.trendythreads.opsdesk.api.auth.TokenStore;
import com.trendythreads.opsdesk.api.error.ProblemMapper;
import com.trendythreads.opsdesk.api.http.LoggingInterceptor;
import com.trendythreads.opsdesk.api.http.PlatformCallAdapterFactory;
import com.trendythreads.opsdesk.api.http.RequestIdInterceptor;
import com.trendythreads.opsdesk.api.http.RetryInterceptor;
import com.trendythreads.opsdesk.api.http.RetryPolicy;
import com.trendythreads.opsdesk.api.http.Sleeper;
import com.trendythreads.opsdesk.api.http.SplitJacksonConverterFactory;
import com.trendythreads.opsdesk.api.http.UserAgentInterceptor;
import com.trendythreads.opsdesk.api.sync.EventStream;
import com.trendythreads.opsdesk.api.sync.SyncApi;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/// The entry point to the platform: one OkHttp stack, the session, typed domain services and
/// the live event stream.
///
/// ```java
/// PlatformClient platform = PlatformClient.builder()
///         .baseUrl("http://127.0.0.1:7070/")
///         .appVersion("1.0.0")
///         .build();
/// platform.session().signIn("mia.merch", "demo");
/// ProductsApi products = platform.create(ProductsApi.class);
/// ```
///
/// Interceptors, outermost first: request id → User-Agent → bearer auth (single-flight refresh
/// on 401) → retry (backoff, Retry-After, only what is safe to repeat) → logging (one line per
/// attempt). Thread-safe; build one per signed-in app and [#close()] it on exit.
public final class PlatformClient implements AutoCloseable {

    private final HttpUrl baseUrl;
    private final ObjectMapper mapper;
    private final OkHttpClient http;
    private final OkHttpClient streamHttp;
    private final Retrofit retrofit;
    private final Session session;
    private final Clock clock;
    private final RetryPolicy streamBackoff;

    private PlatformClient(Builder b) {
        this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl");
        this.clock = b.clock;
        this.mapper = Json.mapper();
        this.streamBackoff = b.streamBackoff;
        ProblemMapper problems = new ProblemMapper(mapper, clock);

        // The auth client has no bearer interceptor: the token endpoint must not recurse into
        // a refresh. Everything else is shared (connection pool, dispatcher).
        OkHttpClient.Builder plainBuilder = new OkHttpClient.Builder();
        if (!baseUrl.isHttps()) {
            // A platform at an http URL (the demo's, on loopback) is never spoken to over TLS. Without this,
            // OkHttp loads the JDK's trust store and initialises TLS for every client it builds: at sign-in
            // that held back the password check by about 0.3 s (start-up benchmark, issue #12).
            plainBuilder.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        OkHttpClient plain = plainBuilder
                .connectTimeout(b.connectTimeout)
                .readTimeout(b.readTimeout)
                .writeTimeout(b.readTimeout)
                .callTimeout(b.callTimeout)
                // Retries are RetryInterceptor's alone: OkHttp's own would re-send a POST
                // without Idempotency-Key after a failure on a pooled connection.
                .retryOnConnectionFailure(false)
                .addInterceptor(new RequestIdInterceptor())
                .addInterceptor(new UserAgentInterceptor(b.appVersion))
                .addInterceptor(new RetryInterceptor(b.retryPolicy, b.sleeper, clock))
                .addInterceptor(new LoggingInterceptor())
                .build();
        Retrofit plainRetrofit = new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(plain)
                .addCallAdapterFactory(new PlatformCallAdapterFactory(problems))
                .addConverterFactory(new SplitJacksonConverterFactory(Json.requestMapper(), mapper))
                .build();
        this.session = new Session(plainRetrofit.create(AuthApi.class), b.tokenStore, clock, b.refreshMargin);

        OkHttpClient.Builder authed = plain.newBuilder();
        authed.interceptors().add(2, new AuthInterceptor(session));
        this.http = authed.build();
        this.retrofit = plainRetrofit.newBuilder().client(http).build();

        // The stream has its own reconnect loop, lives for hours and idles between heartbeats.
        OkHttpClient.Builder stream = http.newBuilder()
                .callTimeout(Duration.ZERO)
                .readTimeout(b.streamReadTimeout);
        stream.interceptors().removeIf(i -> i instanceof RetryInterceptor);
        this.streamHttp = stream.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /// A domain service. Declare its methods with plain return types (`T`, `Versioned<T>`,
    /// `ApiResponse<T>`, `Void`); failures arrive as `ApiProblem`s. Paths are relative
    /// (`"v1/products"`), so a base URL with a path prefix works.
    public <T> T create(Class<T> service) {
        return retrofit.create(service);
    }

    public Session session() {
        return session;
    }

    public SyncApi sync() {
        return create(SyncApi.class);
    }

    /// A live change stream resuming after `lastToken` (`null` = from now on / the platform's
    /// default). Call [EventStream#start()] to connect.
    public EventStream events(String lastToken, EventStream.Listener listener) {
        return new EventStream(streamHttp, baseUrl.resolve("v1/events"), mapper, lastToken, listener,
                streamBackoff, clock);
    }

    public ObjectMapper objectMapper() {
        return mapper;
    }

    /// The configured OkHttp client (auth, retries…) for anything Retrofit does not cover.
    public OkHttpClient httpClient() {
        return http;
    }

    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /// Releases pooled connections and threads.
    @Override
    public void close() {
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /// Configures a [PlatformClient]; everything but [#baseUrl] has a default.
    public static final class Builder {

        private HttpUrl baseUrl;
        private String appVersion = defaultVersion();
        private TokenStore tokenStore = new InMemoryTokenStore();
        private Clock clock = Clock.systemUTC();
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(30);
        private Duration callTimeout = Duration.ofSeconds(60);
        private Duration streamReadTimeout = Duration.ofSeconds(45);
        private Duration refreshMargin = Duration.ofSeconds(60);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private RetryPolicy streamBackoff = RetryPolicy.defaults()
                .withBackoff(Duration.ofMillis(500), Duration.ofSeconds(30));
        private Sleeper sleeper = Sleeper.system();

        private Builder() {
        }

        /// The platform root, e.g. `http://127.0.0.1:7070/` (a trailing slash is added).
        public Builder baseUrl(String url) {
            return baseUrl(HttpUrl.get(url.endsWith("/") ? url : url + "/"));
        }

        public Builder baseUrl(HttpUrl url) {
            this.baseUrl = url;
            return this;
        }

        /// Sent as `User-Agent: OpsDesk/<version>`.
        public Builder appVersion(String version) {
            this.appVersion = Objects.requireNonNull(version);
            return this;
        }

        public Builder tokenStore(TokenStore store) {
            this.tokenStore = Objects.requireNonNull(store);
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = Objects.requireNonNull(c);
            return this;
        }

        /// Defaults: connect 5 s, read (and write) 30 s, whole call including retries 60 s.
        public Builder timeouts(Duration connect, Duration read, Duration call) {
            this.connectTimeout = connect;
            this.readTimeout = read;
            this.callTimeout = call;
            return this;
        }

        /// Read timeout of the event stream; keep it well above the 15 s heartbeat (default 45 s).
        public Builder streamReadTimeout(Duration timeout) {
            this.streamReadTimeout = timeout;
            return this;
        }

        /// Renew the access token this long before it expires (default 60 s).
        public Builder refreshMargin(Duration margin) {
            this.refreshMargin = margin;
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy);
            return this;
        }

        /// Reconnect pacing of the event stream (base 500 ms, cap 30 s by default).
        public Builder streamBackoff(RetryPolicy policy) {
            this.streamBackoff = Objects.requireNonNull(policy);
            return this;
        }

        /// How retries wait; tests pass one that records instead of sleeping.
        public Builder sleeper(Sleeper s) {
            this.sleeper = Objects.requireNonNull(s);
            return this;
        }

        public PlatformClient build() {
            return new PlatformClient(this);
        }

        private static String defaultVersion() {
            String v = PlatformClient.class.getPackage().getImplementationVersion();
            return v != null ? v : "dev";
        }
    }
}
