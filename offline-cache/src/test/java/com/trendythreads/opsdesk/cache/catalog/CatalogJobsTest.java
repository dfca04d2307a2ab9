package com.trendythreads.opsdesk.cache.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.sync.TestPlatform;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Catalog jobs over a real cache synced from the TINY platform (the engine is not started, so edits stay
/// queued): batches commit with their job items, a job cut off says how far it got, and undo restores the
/// before-values except fields changed since.
class CatalogJobsTest {

    @TempDir
    Path tmp;

    private TestPlatform platform;
    private TestPlatform.Client desk;

    @BeforeEach
    void setUp() {
        platform = TestPlatform.start(tmp.resolve("platform"));
        desk = platform.desk(tmp.resolve("cache"), "mia.merch");
        assertThat(desk.engine().initialSync()).isTrue();
    }

    @AfterEach
    void tearDown() {
        platform.close();
    }

    private List<JsonNode> products(int n) {
        return desk.db().read(h -> h.createQuery("SELECT id FROM products ORDER BY id LIMIT :n").bind("n", n)
                        .mapTo(String.class).list()).stream()
                .map(id -> desk.db().read(h -> desk.tables().get(h, ResourceType.PRODUCT, id)).orElseThrow()).toList();
    }

    private JsonNode local(String id) {
        return desk.db().read(h -> desk.tables().get(h, ResourceType.PRODUCT, id)).orElseThrow();
    }

    private List<CatalogJobs.ProductEdit> retitle(List<JsonNode> products) {
        List<CatalogJobs.ProductEdit> plan = new ArrayList<>();
        for (JsonNode p : products) {
            plan.add(new CatalogJobs.ProductEdit(p.get("id").asText(), List.of(new CatalogJobs.FieldEdit("title",
                    p.get("title"), TextNode.valueOf(p.get("title").asText() + " (new)")))));
        }
        return plan;
    }

    @Test
    void eachBatchCommitsWithItsItemsAndAJobCutOffSaysHowFarItGot() {
        CatalogJobs jobs = new CatalogJobs(desk.db(), desk.engine().edits(), Clock.systemUTC(), 10);
        List<JsonNode> products = products(30);
        AtomicReference<CatalogJobs.Job> seenByAnotherStart = new AtomicReference<>();
        List<CatalogJobs.Item> itemsThen = new ArrayList<>();
        CatalogJobs.Outcome outcome = jobs.run(CatalogJobs.Kind.BULK, "Retitle", retitle(products), (done, total) -> {
            if (done == 10) {
                // What an app started after a kill at this moment would find.
                CatalogJobs afterRestart = new CatalogJobs(desk.db(), desk.engine().edits(), Clock.systemUTC());
                seenByAnotherStart.set(afterRestart.recent(1).getFirst());
                itemsThen.addAll(afterRestart.items(seenByAnotherStart.get().id()));
            }
        }, () -> seenByAnotherStart.get() != null);

        CatalogJobs.Job cut = seenByAnotherStart.get();
        assertThat(cut.state()).isEqualTo(CatalogJobs.State.INTERRUPTED);
        assertThat(cut.doneProducts()).isEqualTo(10);
        assertThat(cut.totalProducts()).isEqualTo(30);
        assertThat(itemsThen).hasSize(10);
        Map<Long, OutboxEntry> outbox = desk.engine().outbox().entries().stream()
                .collect(Collectors.toMap(OutboxEntry::seq, e -> e));
        assertThat(outbox).hasSize(10);
        for (CatalogJobs.Item item : itemsThen) {
            OutboxEntry e = outbox.get(item.outboxSeq());
            assertThat(e.entityId()).isEqualTo(item.productId());
            assertThat(e.payload()).isEqualTo(JsonNodeFactory.instance.objectNode()
                    .set("title", item.changes().getFirst().after()));
            assertThat(local(item.productId()).get("title")).isEqualTo(item.changes().getFirst().after());
        }
        assertThat(outcome.job().state()).isEqualTo(CatalogJobs.State.CANCELLED);
        assertThat(outcome.job().doneProducts()).isEqualTo(10);
        assertThat(local(products.get(10).get("id").asText()).get("title")).isEqualTo(products.get(10).get("title"));
    }

    @Test
    void undoRestoresTheBeforeValuesButKeepsAFieldChangedSince() {
        CatalogJobs jobs = new CatalogJobs(desk.db(), desk.engine().edits(), Clock.systemUTC());
        List<JsonNode> products = products(5);
        List<CatalogJobs.ProductEdit> plan = new ArrayList<>();
        for (JsonNode p : products) {
            plan.add(new CatalogJobs.ProductEdit(p.get("id").asText(), List.of(
                    new CatalogJobs.FieldEdit("title", null, TextNode.valueOf("Renamed")),
                    new CatalogJobs.FieldEdit("attributes.motto", null, TextNode.valueOf("Bold")))));
        }
        CatalogJobs.Job job = jobs.run(CatalogJobs.Kind.BULK, "Rename", plan, (d, t) -> { }, () -> false).job();
        assertThat(job.changedFields()).isEqualTo(10);
        assertThat(local(products.get(1).get("id").asText()).path("attributes").get("motto").asText()).isEqualTo("Bold");

        String touched = products.getFirst().get("id").asText();
        desk.engine().edits().update(ResourceType.PRODUCT, touched,
                JsonNodeFactory.instance.objectNode().put("title", "Someone else's"), "by hand");

        CatalogJobs.Outcome undo = jobs.undo(job.id(), "Undo", (d, t) -> { }, () -> false);

        assertThat(undo.kept()).singleElement().satisfies(k -> {
            assertThat(k.productId()).isEqualTo(touched);
            assertThat(k.field()).isEqualTo("title");
            assertThat(k.current().asText()).isEqualTo("Someone else's");
        });
        assertThat(local(touched).get("title").asText()).isEqualTo("Someone else's");
        for (JsonNode p : products) {
            JsonNode now = local(p.get("id").asText());
            if (!p.get("id").asText().equals(touched)) {
                assertThat(now.get("title")).isEqualTo(p.get("title"));
            }
            assertThat(now.path("attributes").has("motto")).as("an attribute the job added is removed again").isFalse();
        }
        // The platform replaces attributes whole: the payload leaves the removed one out; locally it is null.
        OutboxEntry last = desk.engine().outbox().entries().getLast();
        assertThat(last.payload().get("attributes").has("motto")).isFalse();
        assertThat(last.localPatch().get("attributes").get("motto")).isEqualTo(NullNode.instance);
        assertThat(jobs.job(job.id()).orElseThrow().undoneBy()).isEqualTo(undo.job().id());
        assertThat(jobs.job(job.id()).orElseThrow().undoable()).isFalse();
    }

    @Test
    void aJobIsUndoneOnceEvenWhenTwoUndosOverlap() {
        CatalogJobs jobs = new CatalogJobs(desk.db(), desk.engine().edits(), Clock.systemUTC());
        List<JsonNode> products = products(3);
        CatalogJobs.Job job = jobs.run(CatalogJobs.Kind.BULK, "Retitle", retitle(products), (d, t) -> { },
                () -> false).job();
        AtomicReference<Throwable> second = new AtomicReference<>();

        // The second undo starts while the first is under way (another window, a double click).
        CatalogJobs.Outcome first = jobs.undo(job.id(), "Undo", (done, total) -> {
            if (done == 0 && second.get() == null) {
                try {
                    jobs.undo(job.id(), "Undo again", (d, t) -> { }, () -> false);
                    second.set(new AssertionError("the second undo ran"));
                } catch (IllegalStateException e) {
                    second.set(e);
                }
            }
        }, () -> false);

        assertThat(second.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("undone already");
        assertThat(jobs.recent(10)).filteredOn(j -> j.kind() == CatalogJobs.Kind.UNDO).singleElement()
                .extracting(CatalogJobs.Job::id).isEqualTo(first.job().id());
        assertThat(jobs.job(job.id()).orElseThrow().undoneBy()).isEqualTo(first.job().id());
        for (JsonNode p : products) {
            assertThat(local(p.get("id").asText()).get("title")).isEqualTo(p.get("title"));
        }
    }
}
