package com.trendythreads.opsdesk.platform;

import com.trendythreads.opsdesk.platform.auth.PasswordHasher;
import com.trendythreads.opsdesk.platform.auth.SignInGuard;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/// Everything [DemoPlatform#start] needs. Build with [#builder()]; every field has a demo-friendly default.
///
/// @param port              0 = any free port (read it back from [DemoPlatform#baseUrl()])
/// @param database          default: an H2 file under [DataDirs#defaultDataDir()]
/// @param reset             throw the existing data away (and seed again)
/// @param specResource      classpath resource of the contract (default `openapi.yaml` from the api-client jar)
/// @param simulateEventsPerMinute 0 = no simulator
/// @param modules           the domain modules to wire (default [DemoPlatform#domainModules()])
/// @param seedProgress      told each seeding step as it begins
public record PlatformConfig(String host, int port, Database.Location database, boolean reset, Scale scale,
                             String specResource, Duration accessTokenTtl, Duration refreshTokenTtl,
                             double rateLimitPerSecond, int rateLimitBurst, double simulateEventsPerMinute,
                             FaultConfig faults, Duration heartbeat, Clock clock, int passwordIterations,
                             List<DomainModule> modules, SignInGuard.Policy signInPolicy, SeedProgress seedProgress) {

    public PlatformConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        modules = List.copyOf(modules);
        faults.validate();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host; b.port = port; b.database = database; b.reset = reset; b.scale = scale;
        b.specResource = specResource; b.accessTokenTtl = accessTokenTtl; b.refreshTokenTtl = refreshTokenTtl;
        b.rateLimitPerSecond = rateLimitPerSecond; b.rateLimitBurst = rateLimitBurst;
        b.simulateEventsPerMinute = simulateEventsPerMinute; b.faults = faults; b.heartbeat = heartbeat;
        b.clock = clock; b.passwordIterations = passwordIterations; b.modules = modules;
        b.signInPolicy = signInPolicy; b.seedProgress = seedProgress;
        return b;
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 0;
        private Database.Location database;
        private boolean reset;
        private Scale scale = Scale.DEFAULT;
        private String specResource = "openapi.yaml";
        private Duration accessTokenTtl = Duration.ofMinutes(15);
        private Duration refreshTokenTtl = Duration.ofDays(30);
        private double rateLimitPerSecond = 100;
        private int rateLimitBurst = 200;
        private double simulateEventsPerMinute;
        private FaultConfig faults = FaultConfig.NONE;
        private Duration heartbeat = Duration.ofSeconds(15);
        private Clock clock = Clock.systemUTC();
        private int passwordIterations = PasswordHasher.DEFAULT_ITERATIONS;
        private List<DomainModule> modules;
        private SignInGuard.Policy signInPolicy = SignInGuard.Policy.DEFAULT;
        private SeedProgress seedProgress = SeedProgress.NONE;

        private Builder() {}

        public Builder host(String v) { host = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder database(Database.Location v) { database = v; return this; }
        public Builder inMemoryDatabase() { database = new Database.Location.InMemory(); return this; }
        public Builder reset(boolean v) { reset = v; return this; }
        public Builder scale(Scale v) { scale = v; return this; }
        public Builder specResource(String v) { specResource = v; return this; }
        public Builder accessTokenTtl(Duration v) { accessTokenTtl = v; return this; }
        public Builder refreshTokenTtl(Duration v) { refreshTokenTtl = v; return this; }
        public Builder rateLimit(double perSecond, int burst) { rateLimitPerSecond = perSecond; rateLimitBurst = burst; return this; }
        public Builder simulateEventsPerMinute(double v) { simulateEventsPerMinute = v; return this; }
        public Builder faults(FaultConfig v) { faults = v; return this; }
        public Builder heartbeat(Duration v) { heartbeat = v; return this; }
        public Builder clock(Clock v) { clock = v; return this; }
        public Builder passwordIterations(int v) { passwordIterations = v; return this; }
        public Builder modules(List<DomainModule> v) { modules = v; return this; }
        /// Sign-in lock-out (failures, window, lock duration); tests shorten it.
        public Builder signInPolicy(SignInGuard.Policy v) { signInPolicy = v; return this; }
        /// Told each seeding step as it begins, when this start seeds (a first demo start's progress bar).
        public Builder seedProgress(SeedProgress v) { seedProgress = v; return this; }

        public PlatformConfig build() {
            return new PlatformConfig(host, port,
                    database != null ? database : new Database.Location.H2File(DataDirs.defaultDataDir()),
                    reset, scale, specResource, accessTokenTtl, refreshTokenTtl, rateLimitPerSecond, rateLimitBurst,
                    simulateEventsPerMinute, faults, heartbeat, clock, passwordIterations,
                    modules != null ? modules : DemoPlatform.domainModules(), signInPolicy, seedProgress);
        }
    }
}
