package com.trendythreads.opsdesk.viewmodels.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SyncStatusSource;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// "Sync & conflicts" without a toolkit: the real outbox, conflicts and history of a real encrypted cache
/// (H2 in a temp directory), filled by a real sync engine against the real demo platform, which supplies
/// the refusals (422) and the collisions (412). The engine's loop is not started: the test pushes with
/// [SyncEngine#pushDue()], and every background task and UI callback runs on the test thread.
class SyncViewModelTest {

    private static DemoPlatform platform;
    private static PlatformClient admin;
    private static List<JsonNode> products;

    @TempDir
    Path tmp;

    private final SessionState sessionState = new SessionState();
    private final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    private PlatformClient client;
    private CacheDatabase db;
    private SyncEngine engine;
    private SyncViewModel vm;

    @BeforeAll
    static void startPlatform() {
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().scale(Scale.TINY)
                .passwordIterations(1_000).rateLimit(100_000, 100_000).build());
        admin = PlatformClient.builder().baseUrl(platform.baseUrl()).build();
        admin.session().signIn("ada.admin", "demo");
        products = new ArrayList<>();
        admin.create(ResourcesApi.class).list("v1/products", Map.of("limit", "20")).path("items").forEach(products::add);
    }

    @AfterAll
    static void stopPlatform() {
        admin.close();
        platform.close();
    }

    @BeforeEach
    void openDesk() {
        client = PlatformClient.builder().baseUrl(platform.baseUrl()).build();
        client.session().signIn("mia.merch", "demo");
        db = CacheDatabase.open(tmp.resolve("cache"), platform.baseUrl(), "mia.merch", "demo".toCharArray(),
                new CacheOptions(1_000, 0));
        engine = new SyncEngine(db, new LocalTables(), client, SyncSettings.defaults(), Clock.systemUTC(), Runnable::run);
        assertThat(engine.initialSync()).isTrue();
        SyncStatusSource status = new SyncStatusSource() {
            @Override
            public SyncStatus current() {
                return engine.status();
            }

            @Override
            public AutoCloseable onStatus(Consumer<SyncStatus> listener) {
                return engine.onStatus(listener);
            }
        };
        sessionState.signedIn(new UserSession(platform.baseUrl(), Fakes.user("mia.merch", "Mia Merch", "MERCHANDISER"),
                false, false, tmp.resolve("cache"), status, engine, null, null));
        vm = new SyncViewModel(sessionState, TaskRunner.direct(), notifier, new I18n(new InMemorySettingsStore()));
        vm.activate();
    }

    @AfterEach
    void closeDesk() {
        vm.deactivate();
        engine.close();
        db.close();
        client.close();
    }

    private static ObjectNode obj() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static String id(int i) {
        return products.get(i).get("id").asText();
    }

    private static JsonNode onPlatform(String productId) {
        return admin.create(ResourcesApi.class).get("v1/products/" + productId).body();
    }

    private JsonNode local(String productId) {
        return db.read(h -> new LocalTables().get(h, ResourceType.PRODUCT, productId)).orElseThrow();
    }

    private OutboxItem item(String description) {
        return vm.outbox().stream().filter(e -> e.description().equals(description)).findFirst().orElseThrow();
    }

    /// A price below zero on the first variant: the platform refuses it (422 naming `priceCents`).
    private static ObjectNode negativePrice(int product, long cents) {
        ArrayNode variants = products.get(product).get("variants").deepCopy();
        ((ObjectNode) variants.get(0)).put("priceCents", cents);
        ObjectNode patch = obj();
        patch.set("variants", variants);
        return patch;
    }

    /// The screen follows the engine's status, which is published once per burst of commits (50 ms): wait until
    /// it shows what the outbox and the conflicts hold now.
    private void settled() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(vm.outbox()).extracting(OutboxItem::seq, OutboxItem::status).containsExactlyElementsOf(
                    engine.outbox().entries().stream()
                            .map(e -> org.assertj.core.groups.Tuple.tuple(e.seq(), e.status().name())).toList());
            assertThat(vm.conflicts()).hasSize(engine.conflicts().open().size());
        });
    }

    @Test
    void theOutboxShowsPendingAndFailedEditsWithThePlatformsReasonAndRetryEditDiscardWork() {
        engine.edits().update(ResourceType.PRODUCT, id(1), negativePrice(1, -1), "Price of the first variant");
        settled();
        engine.edits().update(ResourceType.PRODUCT, id(2), obj().put("season", "Summer"), "Season");
        settled();
        engine.edits().update(ResourceType.PRODUCT, id(3), obj().put("title", "Linen shirt, relaxed"), "Title");
        settled();

        assertThat(vm.outbox()).as("the status listener reloaded the list after each edit")
                .extracting(OutboxItem::description, OutboxItem::statusLabel, OutboxItem::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Price of the first variant", "Pending", ""),
                        org.assertj.core.groups.Tuple.tuple("Season", "Pending", ""),
                        org.assertj.core.groups.Tuple.tuple("Title", "Pending", ""));

        engine.pushDue();

        settled();

        assertThat(vm.outbox()).extracting(OutboxItem::description).containsExactly("Price of the first variant", "Season");
        OutboxItem price = item("Price of the first variant");
        assertThat(price.failed()).isTrue();
        assertThat(price.statusLabel()).isEqualTo("Failed");
        assertThat(price.reason()).as("the platform's reason, for the user").contains("priceCents");
        assertThat(item("Season").reason()).contains("season");
        assertThat(onPlatform(id(3)).get("title").asText()).isEqualTo("Linen shirt, relaxed");
        assertThat(vm.history()).isNotEmpty();

        // Retry sends it as it is: refused again, for the same reason.
        vm.retry(item("Season"));
        settled();
        assertThat(item("Season").status()).isEqualTo("PENDING");
        engine.pushDue();
        settled();
        assertThat(item("Season").failed()).isTrue();
        assertThat(item("Season").reason()).contains("season");

        // Edit: the refused body opens as JSON; something that is not an object cannot be sent.
        vm.startEdit(price);
        assertThat(vm.editingProperty().get()).isEqualTo(price);
        assertThat(vm.editTextProperty().get()).contains("\"priceCents\" : -1");
        vm.editTextProperty().set("{\"variants\": [");
        assertThat(vm.editErrorProperty().get()).isEqualTo("Body: enter a JSON object such as {\"title\": \"New title\"}.");
        assertThat(vm.saveEditCommand().isExecutable()).isFalse();
        vm.editTextProperty().set(negativePrice(1, 4_990).toPrettyString());
        assertThat(vm.editErrorProperty().get()).isEmpty();
        vm.saveEditCommand().execute();
        settled();
        assertThat(vm.editingProperty().get()).as("the editor closes").isNull();
        assertThat(item("Price of the first variant").status()).isEqualTo("PENDING");
        engine.pushDue();
        settled();
        assertThat(onPlatform(id(1)).get("variants").get(0).get("priceCents").asLong()).isEqualTo(4_990);
        assertThat(vm.outbox()).extracting(OutboxItem::description).containsExactly("Season");

        // Discard: the platform's value shows again locally.
        vm.discard(item("Season"));
        settled();
        assertThat(vm.outbox()).isEmpty();
        assertThat(local(id(2)).get("season").asText()).isEqualTo(onPlatform(id(2)).get("season").asText());
        assertThat(vm.history()).anySatisfy(line -> assertThat(line).contains("Discarded").contains("Season"));
        assertThat(vm.history()).anySatisfy(line -> assertThat(line).contains("Edited"));
        assertThat(notifier.errors).isEmpty();
    }

    /// Lane access: a 403 at push time (Mia's role taken away on the platform after she queued the edit) shows
    /// as "Not allowed for your role", stays (not lost, not resent), and discarding it brings back the platform's
    /// value.
    @Test
    void anEditTheRoleMayNoLongerMakeShowsNotAllowedAndCanBeDiscarded() {
        String p = id(7);
        String title = onPlatform(p).get("title").asText();
        setMiasRole("MARKETING");
        try {
            engine.edits().update(ResourceType.PRODUCT, p, obj().put("title", "Not hers"), "Title");
            settled();
            engine.pushDue();
            settled();
            OutboxItem refused = item("Title");
            assertThat(refused.failed()).isTrue();
            assertThat(refused.statusLabel()).isEqualTo("Not allowed for your role");
            assertThat(refused.reason()).contains("updateProduct").contains("HTTP 403");
            assertThat(local(p).get("title").asText()).isEqualTo("Not hers");

            engine.pushDue();

            settled();
            assertThat(item("Title").statusLabel()).as("not sent again by itself").isEqualTo("Not allowed for your role");

            vm.discard(item("Title"));

            settled();
            assertThat(vm.outbox()).isEmpty();
            assertThat(local(p).get("title").asText()).isEqualTo(title);
            assertThat(onPlatform(p).get("title").asText()).isEqualTo(title);
        } finally {
            setMiasRole("MERCHANDISER");
        }
    }

    private static void setMiasRole(String role) {
        platform.database().jdbi().useHandle(h ->
                h.execute("UPDATE user_roles SET role = ? WHERE user_id = 'usr_mia'", role));
    }

    @Test
    void aConflictShowsBaseMineAndTheirsPerFieldAndResolvesFieldByField() {
        String p = id(5);
        JsonNode before = products.get(5);
        engine.edits().update(ResourceType.PRODUCT, p, obj().put("title", "Title from Ops Desk")
                .put("brand", "Brand from Ops Desk"), "Rename and rebrand");
        settled();
        // Meanwhile someone else changes both fields on the platform.
        JsonNode now = onPlatform(p);
        admin.create(ResourcesApi.class).patch("v1/products/" + p, "\"" + now.get("version").asLong() + "\"",
                IdempotencyKeys.newKey(), obj().put("title", "Title from the platform").put("brand", "Brand from the platform"));

        engine.pushDue();

        settled();

        assertThat(vm.outbox()).singleElement().satisfies(e -> assertThat(e.statusLabel()).isEqualTo("Conflict"));
        assertThat(vm.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.description()).isEqualTo("Rename and rebrand");
            assertThat(c.fieldConflict()).isTrue();
            assertThat(c.fields()).extracting(ConflictItem.Field::path).containsExactlyInAnyOrder("title", "brand");
        });
        ConflictItem conflict = vm.conflicts().getFirst();
        ConflictItem.Field title = conflict.fields().stream().filter(f -> f.path().equals("title")).findFirst().orElseThrow();
        assertThat(title.base()).isEqualTo(before.get("title").asText());
        assertThat(title.mine()).isEqualTo("Title from Ops Desk");
        assertThat(title.theirs()).isEqualTo("Title from the platform");

        // Keep mine for the title, take theirs for the brand.
        vm.resolve(conflict, Set.of("title"));
        settled();
        assertThat(vm.conflicts()).isEmpty();
        engine.pushDue();
        settled();

        JsonNode result = onPlatform(p);
        assertThat(result.get("title").asText()).isEqualTo("Title from Ops Desk");
        assertThat(result.get("brand").asText()).isEqualTo("Brand from the platform");
        assertThat(vm.outbox()).isEmpty();
        assertThat(local(p).get("brand").asText()).isEqualTo("Brand from the platform");
        assertThat(vm.history()).anySatisfy(line -> assertThat(line).contains("Resolved").contains("kept mine for title"));
    }

    @Test
    void takingTheirsForEveryFieldDropsMyEdit() {
        String p = id(7);
        engine.edits().update(ResourceType.PRODUCT, p, obj().put("title", "Mine"), "Rename");
        settled();
        JsonNode now = onPlatform(p);
        admin.create(ResourcesApi.class).patch("v1/products/" + p, "\"" + now.get("version").asLong() + "\"",
                IdempotencyKeys.newKey(), obj().put("title", "Theirs"));
        engine.pushDue();
        settled();

        vm.resolve(vm.conflicts().getFirst(), Set.of());

        settled();

        assertThat(vm.conflicts()).isEmpty();
        assertThat(vm.outbox()).as("nothing of mine is left to send").isEmpty();
        assertThat(local(p).get("title").asText()).isEqualTo("Theirs");
    }

    @Test
    void deactivateStopsFollowingTheEngine() {
        vm.deactivate();
        engine.edits().update(ResourceType.PRODUCT, id(9), obj().put("title", "Quietly"), "Unseen");
        assertThat(vm.outbox()).isEmpty();
        vm.reload();
        assertThat(vm.outbox()).extracting(OutboxItem::description).containsExactly("Unseen");
    }
}
