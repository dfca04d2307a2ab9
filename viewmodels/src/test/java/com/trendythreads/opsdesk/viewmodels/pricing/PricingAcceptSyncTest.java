package com.trendythreads.opsdesk.viewmodels.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.service.CatalogApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.SeededPlatforms;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.BulkChangeViewModel;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.PreviewRow;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Against its own TINY demo platform: accepting 50 markdown suggestions makes ONE catalog bulk job (one
/// outbox entry per product), its prices arrive on the platform once although the first push of a product
/// fails with 503 and another's answer is lost, and the job can be undone.
class PricingAcceptSyncTest {

    @TempDir
    Path tmp;

    @Test
    void fiftyAcceptedMarkdownsAreOneUndoableJobWhosePricesArriveOnce() {
        try (DemoPlatform platform = SeededPlatforms.start(tmp.resolve("platform"));
                PlatformClient client = PlatformClient.builder().baseUrl(platform.baseUrl() + "/").build();
                PlatformClient truth = PlatformClient.builder().baseUrl(platform.baseUrl() + "/").build()) {
            ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
            String url = platform.baseUrl() + "/";
            client.session().signIn("mia.merch", "demo");
            truth.session().signIn("ada.admin", "demo");
            CacheDatabase db = CacheDatabase.open(tmp.resolve("cache"), url, "mia.merch", "demo".toCharArray(),
                    new CacheOptions(1_000, 0));
            SyncEngine engine = new SyncEngine(db, new LocalTables(), client, SyncSettings.defaults().withPushBackoff(Duration.ofMillis(50), Duration.ofMillis(200)), Clock.systemUTC(), executor);
            try {
                assertThat(engine.initialSync()).isTrue();
                InMemorySettingsStore settings = new InMemorySettingsStore();
                settings.setLocale(Locale.ENGLISH);
                I18n i18n = new I18n(settings);
                SessionState session = new SessionState();
                session.signedIn(new UserSession(url, Fakes.user("mia.merch", "Mia Merch", "MERCHANDISER"), true, false,
                        tmp.resolve("cache"), new Fakes.Status(), engine, new LocalData(db, engine.edits()), () -> { }));
                Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
                TaskRunner runner = TaskRunner.direct();

                PricingViewModel pricing = new PricingViewModel(session, runner, i18n, notifier);
                pricing.activate();
                List<SuggestionItem> markdowns = pricing.items().stream()
                        .filter(i -> i.action().startsWith("Mark down")).limit(50).toList();
                assertThat(markdowns).as("TINY has 50 markdown suggestions").hasSize(50);
                pricing.accept(markdowns);
                PricingViewModel.Accepted accepted = pricing.acceptedProperty().get();

                BulkChangeViewModel bulk = new BulkChangeViewModel(session, runner, i18n, notifier);
                bulk.startPlanned(accepted.edits(), accepted.description());
                Map<String, Long> planned = bulk.rows().stream().filter(PreviewRow::valid)
                        .collect(Collectors.toMap(PreviewRow::sku, r -> r.after().asLong()));
                long products = bulk.rows().stream().filter(PreviewRow::valid).map(PreviewRow::productId).distinct().count();
                assertThat(products).isGreaterThanOrEqualTo(45);
                Map<String, Long> versions = new HashMap<>();
                for (String id : accepted.edits().keySet()) {
                    versions.put(id, truth.create(CatalogApi.class).getProduct(id).version());
                }
                assertThat(bulk.stepUp().neededProperty().get())
                        .as("a bulk price change of the contract's size asks for the password").isEqualTo(products >= 50);
                bulk.stepUp().passwordProperty().set("demo");
                bulk.applyCommand().execute();

                CatalogJobs.Job job = bulk.job().jobProperty().get();
                assertThat(job.state()).isEqualTo(CatalogJobs.State.DONE);
                assertThat(job.description()).startsWith("Price suggestions: 50 styles");
                assertThat(job.changedFields()).isEqualTo(planned.size());
                int jobs = db.read(h -> h.createQuery("SELECT COUNT(*) FROM catalog_job").mapTo(Integer.class).one());
                assertThat(jobs)
                        .as("one job").isEqualTo(1);
                List<OutboxEntry> entries = engine.outbox().entries();
                assertThat(entries).hasSize((int) products);

                // the first product push fails with 503, the second one's answer is lost: both are retried
                platform.faults().set(new FaultConfig(0, 0, 500, 0, 0, 0, new FaultConfig.FailNext(1, 503, "/v1/products/"),
                        null, new FaultConfig.DropNext(1, "/v1/products/"), null));
                for (int round = 0; round < 20 && !engine.outbox().entries().isEmpty(); round++) {
                    engine.pushDue();
                    sleep(150);
                }
                FaultConfig left = platform.faults().current();
                platform.faults().reset();
                assertThat(left.failNext().count()).as("the 503 was answered").isZero();
                assertThat(left.loseResponseNext().count()).as("an answer was lost and the push retried").isZero();
                assertThat(engine.outbox().entries()).as("all pushed").isEmpty();
                for (String id : accepted.edits().keySet()) {
                    Versioned<Product> got = truth.create(CatalogApi.class).getProduct(id);
                    Product p = got.body();
                    boolean changed = p.variants().stream().anyMatch(v -> planned.containsKey(v.sku()));
                    assertThat(got.version()).as("%s written once", id).isEqualTo(versions.get(id) + (changed ? 1 : 0));
                    p.variants().stream().filter(v -> planned.containsKey(v.sku()))
                            .forEach(v -> assertThat(v.priceCents()).as(v.sku()).isEqualTo(planned.get(v.sku())));
                }

                assertThat(bulk.job().undo().isExecutable()).as("undoable").isTrue();
                bulk.job().undo().execute();
                // Undoing fifty prices is itself a bulk price change: it asks for the password too.
                assertThat(bulk.job().undoStepUp().waitingProperty().get()).as("the undo asks first").isTrue();
                assertThat(engine.outbox().entries()).as("nothing undone while it asks").isEmpty();
                bulk.job().undoStepUp().stepUp().passwordProperty().set("demo");
                bulk.job().undoStepUp().confirm().execute();
                assertThat(engine.outbox().entries()).as("the undo is one more edit per product").hasSize((int) products);
            } finally {
                engine.close();
                db.close();
                executor.shutdownNow();
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
