package com.trendythreads.opsdesk.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.audit.AuditModule;
import com.trendythreads.opsdesk.platform.audit.AuditTrail;
import com.trendythreads.opsdesk.platform.audit.FailedSignIns;
import com.trendythreads.opsdesk.platform.auth.AuthHandlers;
import com.trendythreads.opsdesk.platform.auth.PasswordHasher;
import com.trendythreads.opsdesk.platform.auth.RateLimiter;
import com.trendythreads.opsdesk.platform.auth.SignInGuard;
import com.trendythreads.opsdesk.platform.auth.StepUpService;
import com.trendythreads.opsdesk.platform.auth.TokenService;
import com.trendythreads.opsdesk.platform.auth.UserStore;
import com.trendythreads.opsdesk.platform.changes.ChangeFeed;
import com.trendythreads.opsdesk.platform.changes.ChangeHandlers;
import com.trendythreads.opsdesk.platform.changes.ChangeNotifier;
import com.trendythreads.opsdesk.platform.changes.ResourcePolicies;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.platform.db.Durability;
import com.trendythreads.opsdesk.platform.analytics.AnalyticsModule;
import com.trendythreads.opsdesk.platform.campaigns.CampaignsModule;
import com.trendythreads.opsdesk.platform.catalog.CatalogModule;
import com.trendythreads.opsdesk.platform.crm.CrmModule;
import com.trendythreads.opsdesk.platform.inventory.InventoryModule;
import com.trendythreads.opsdesk.platform.orders.OrdersModule;
import com.trendythreads.opsdesk.platform.seed.SeedModule;
import com.trendythreads.opsdesk.platform.supply.SupplyModule;
import com.trendythreads.opsdesk.platform.faults.AdminHandlers;
import com.trendythreads.opsdesk.platform.faults.FaultInjector;
import com.trendythreads.opsdesk.platform.http.ContractRoutes;
import com.trendythreads.opsdesk.platform.http.BodyValidator;
import com.trendythreads.opsdesk.platform.http.ContractSpec;
import com.trendythreads.opsdesk.platform.http.HandlerRegistry;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.OperationPipeline;
import com.trendythreads.opsdesk.platform.http.Problems;
import com.trendythreads.opsdesk.platform.http.RequestIds;
import com.trendythreads.opsdesk.platform.writes.Writes;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/// The demo platform: an HTTP server implementing the contract over its own database. The one place where
/// the platform is wired together.
///
/// ```java
/// try (DemoPlatform platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().build())) {
///     URI api = URI.create(platform.baseUrl());
/// }
/// ```
public final class DemoPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DemoPlatform.class);

    /// The domain modules of the real platform. Adding a domain is one line here.
    public static List<DomainModule> domainModules() {
        return List.of(
                new SeedModule(),
                new CatalogModule(),
                new InventoryModule(),
                new OrdersModule(),
                new CampaignsModule(),
                new CrmModule(),
                new AnalyticsModule(),
                new AuditModule(),
                // lane supply (issue #11)
                new SupplyModule());
    }

    private final PlatformConfig config;
    private final Database database;
    private final Javalin app;
    private final ChangeNotifier notifier;
    private final FaultInjector faults;
    private final Writes writes;
    private final ChangeFeed changes;
    private final Set<String> unhandledOperations;
    private final ScheduledExecutorService maintenance;
    private final List<AutoCloseable> simulations;

    private DemoPlatform(PlatformConfig config, Database database, Javalin app, ChangeNotifier notifier,
                         FaultInjector faults, Writes writes, ChangeFeed changes, Set<String> unhandledOperations,
                         ScheduledExecutorService maintenance, List<AutoCloseable> simulations) {
        this.config = config;
        this.database = database;
        this.app = app;
        this.notifier = notifier;
        this.faults = faults;
        this.writes = writes;
        this.changes = changes;
        this.unhandledOperations = unhandledOperations;
        this.maintenance = maintenance;
        this.simulations = simulations;
    }

    public static DemoPlatform start(PlatformConfig config) {
        // The contract (YAML) and the database (H2, Flyway) do not depend on each other: read at once, the
        // start is shorter wherever a core is free (the desk's start-up, issue #12).
        CompletableFuture<ContractSpec> spec = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("demo-platform-contract").start(() -> {
            try {
                spec.complete(ContractSpec.load(config.specResource()));
            } catch (RuntimeException | Error e) {
                spec.completeExceptionally(e);
            }
        });
        Database db = Database.open(config.database(), config.reset());
        if (!config.reset() && db.isSeedingInterrupted()) {
            log.warn("The last seeding of this database did not finish (its process ended during it): starting over");
            db.close();
            db = Database.open(config.database(), true);
        }
        try {
            return start(config, contract(spec), db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static ContractSpec contract(CompletableFuture<ContractSpec> spec) {
        try {
            return spec.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static DemoPlatform start(PlatformConfig config, ContractSpec spec, Database db) {
        ObjectMapper mapper = Json.newMapper();
        var clock = config.clock();
        PasswordHasher hasher = new PasswordHasher(config.passwordIterations());
        UserStore users = new UserStore(db.jdbi(), clock);
        users.ensureDemoUsers(hasher);
        SignInGuard signInGuard = new SignInGuard(config.signInPolicy(), clock);
        TokenService tokens = new TokenService(db.jdbi(), users, hasher, clock, config.accessTokenTtl(),
                config.refreshTokenTtl(), signInGuard);
        StepUpService stepUps = new StepUpService(users, hasher, signInGuard, clock);
        RateLimiter rateLimiter = new RateLimiter(config.rateLimitPerSecond(), config.rateLimitBurst(), System::nanoTime);
        FaultInjector faults = new FaultInjector(config.faults());
        ChangeNotifier notifier = new ChangeNotifier();
        ResourcePolicies policies = new ResourcePolicies();
        Durability durability = new Durability(db);
        Writes writes = new Writes(db.jdbi(), mapper, policies, notifier, clock, new AuditTrail(mapper), durability);
        ChangeFeed feed = new ChangeFeed(db.jdbi(), policies, mapper);
        HandlerRegistry registry = new HandlerRegistry();

        new AuthHandlers(tokens, spec, stepUps, new FailedSignIns(writes, users)::record).register(registry);
        new ChangeHandlers(feed, notifier, durability, mapper, config.heartbeat(), clock).register(registry);
        AdminHandlers.register(registry, faults, mapper);
        ModuleContext moduleContext = new ModuleContext(registry, policies, db, writes, feed, mapper, spec, clock, config.scale());
        for (DomainModule module : config.modules()) module.register(moduleContext);

        if (!db.isSeeded()) {
            db.markSeeding(config.scale().name());
            for (DomainModule module : config.modules()) {
                Optional<Seeder> seeder = module.seeder();
                if (seeder.isPresent()) {
                    log.info("Seeding {} ({} scale)", module.getClass().getSimpleName(), config.scale());
                    try {
                        seeder.get().seed(db, config.scale(), config.seedProgress());
                    } catch (Exception e) {
                        throw new IllegalStateException("Seeding failed in " + module.getClass().getName(), e);
                    }
                }
            }
            db.markSeeded(config.scale().name());
        }

        OperationPipeline pipeline = new OperationPipeline(tokens, rateLimiter, faults,
                spec.text().map(BodyValidator::new).orElse(null), stepUps);
        Problems problems = new Problems(mapper);
        AtomicReference<Set<String>> unhandled = new AtomicReference<>();
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            // Event streams hold their request thread for as long as the client listens.
            c.concurrency.useVirtualThreads = true;
            c.jsonMapper(new JavalinJackson(mapper, true));
            c.routes.before(RequestIds::assign);
            c.routes.after(ctx -> {
                // Before the answer leaves: a 2xx for a write that a crash could still undo would lose the
                // desk's edit (Durability). The token service writes outside Writes, hence all for /oauth/.
                if (ctx.path().startsWith("/oauth/")) durability.awaitAll();
                else durability.await();
                MDC.remove("requestId");
            });
            problems.install(c.routes);
            unhandled.set(ContractRoutes.install(c.routes, spec, registry, pipeline, problems, mapper));
            c.requestLogger.http((ctx, ms) -> log.debug("{} {} → {} in {} ms", ctx.method(), ctx.path(),
                    ctx.statusCode(), String.format("%.1f", ms)));
        });
        app.start(config.host(), config.port());

        ScheduledExecutorService maintenance = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("demo-platform-maintenance").daemon().factory());
        maintenance.scheduleWithFixedDelay(() -> {
            try {
                writes.purgeExpiredIdempotencyRecords();
                tokens.purgeExpired();
                rateLimiter.evictIdle();
            } catch (RuntimeException e) {
                log.warn("Maintenance failed", e);
            }
        }, 0, 1, TimeUnit.HOURS);

        List<AutoCloseable> simulations = new ArrayList<>();
        if (config.simulateEventsPerMinute() > 0) {
            for (DomainModule module : config.modules()) {
                if (module.simulator().isEmpty()) continue;
                try {
                    simulations.add(module.simulator().get().start(moduleContext, config.simulateEventsPerMinute()));
                } catch (Exception e) {
                    throw new IllegalStateException("Simulator of " + module.getClass().getName() + " failed to start", e);
                }
            }
        }

        DemoPlatform platform = new DemoPlatform(config, db, app, notifier, faults, writes, feed, unhandled.get(),
                maintenance, simulations);
        log.info("Demo platform listening on {} (database: {})", platform.baseUrl(), describe(config.database()));
        log.info("Demo users (password '{}'): {}", UserStore.DEMO_PASSWORD, UserStore.DEMO_USERS.stream()
                .map(u -> u.username() + " [" + u.role() + (u.homeLocationId() != null ? ", " + u.homeLocationId() : "") + "]")
                .toList());
        return platform;
    }

    private static String describe(Database.Location location) {
        return switch (location) {
            case Database.Location.H2File f -> "H2 file in " + f.directory();
            case Database.Location.InMemory m -> "H2 in memory";
            case Database.Location.Jdbc j -> j.url();
        };
    }

    /// `http://host:port` (no trailing slash).
    public String baseUrl() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + host + ":" + app.port();
    }

    public int port() { return app.port(); }

    /// Contract operations nobody registered a handler for (they answer 501).
    public Set<String> unhandledOperations() { return unhandledOperations; }

    public Database database() { return database; }

    public FaultInjector faults() { return faults; }

    public Writes writes() { return writes; }

    public ChangeFeed changes() { return changes; }

    @Override
    public void close() {
        for (AutoCloseable simulation : simulations) {
            try {
                simulation.close();
            } catch (Exception e) {
                log.warn("Stopping a simulator failed", e);
            }
        }
        notifier.close(); // ends event streams, which would otherwise hold Jetty's shutdown
        app.stop();
        maintenance.shutdownNow();
        database.close();
        log.info("Demo platform stopped");
    }
}
