package com.trendythreads.opsdesk.cache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeBusTest {

    private final LocalTables tables = new LocalTables();
    private final List<TableChange> seen = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;
    private CacheDatabase db;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, "http://127.0.0.1:8080/", "mia.merch", "pw".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static JsonNode category(String id) {
        return Json.mapper().createObjectNode().put("id", id).put("name", "Cat " + id).put("version", 1);
    }

    private void writeCategories(String... ids) {
        db.write(tx -> {
            List<JsonNode> docs = java.util.Arrays.stream(ids).map(ChangeBusTest::category).toList();
            tables.upsert(tx.handle(), ResourceType.CATEGORY, docs);
            tx.changed("categories", List.of(ids));
            return null;
        });
    }

    @Test
    void aCommittedWriteNotifiesSubscribersOfItsTablesAfterCommit() {
        List<Optional<JsonNode>> visibleToListener = new CopyOnWriteArrayList<>();
        db.changes().subscribe(Set.of("categories"), change -> {
            seen.add(change);
            // the listener runs after COMMIT: another connection already sees the row
            visibleToListener.add(db.read(h -> tables.get(h, ResourceType.CATEGORY, "cat_1")));
        });
        List<TableChange> everything = new CopyOnWriteArrayList<>();
        db.changes().subscribe(Set.of(), everything::add);
        List<TableChange> products = new CopyOnWriteArrayList<>();
        db.changes().subscribe(Set.of("products"), products::add);

        writeCategories("cat_1", "cat_2");

        assertThat(seen).containsExactly(new TableChange("categories", Set.of("cat_1", "cat_2"), false));
        assertThat(everything).isEqualTo(seen);
        assertThat(products).isEmpty();
        assertThat(visibleToListener).singleElement().satisfies(doc -> assertThat(doc).isPresent());
    }

    @Test
    void changedAllIsAnnouncedAsAll() {
        db.changes().subscribe(Set.of(), seen::add);
        db.write(tx -> {
            tx.changed("orders", List.of("ord_1"));
            tx.changedAll("orders");
            tx.changed("orders", List.of("ord_2"));
            return null;
        });
        assertThat(seen).containsExactly(new TableChange("orders", Set.of(), true));
        assertThat(seen.getFirst().touches("anything")).isTrue();
    }

    @Test
    void aRolledBackWriteNotifiesNobodyAndLeavesNoRow() {
        db.changes().subscribe(Set.of(), seen::add);
        assertThatThrownBy(() -> db.write(tx -> {
            tables.upsert(tx.handle(), ResourceType.CATEGORY, List.of(category("cat_9")));
            tx.changed("categories", List.of("cat_9"));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(seen).isEmpty();
        assertThat(get(ResourceType.CATEGORY, "cat_9")).isEmpty();
    }

    @Test
    void aThrowingListenerDoesNotStopTheOthersNorFailTheWrite() {
        List<TableChange> before = new CopyOnWriteArrayList<>();
        db.changes().subscribe(Set.of(), before::add);
        db.changes().subscribe(Set.of(), c -> {
            throw new IllegalStateException("listener bug (expected in this test)");
        });
        db.changes().subscribe(Set.of(), seen::add);

        writeCategories("cat_3");

        assertThat(before).hasSize(1);
        assertThat(seen).containsExactly(new TableChange("categories", Set.of("cat_3"), false));
        assertThat(get(ResourceType.CATEGORY, "cat_3")).isPresent();
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() {
        ChangeBus.Subscription s = db.changes().subscribe(Set.of(), seen::add);
        writeCategories("cat_4");
        s.close();
        s.close();
        writeCategories("cat_5");
        assertThat(seen).hasSize(1);
    }

    @Test
    void writesDoNotNestAndMayBeIssuedFromAListener() {
        assertThatThrownBy(() -> db.write(tx -> db.write(inner -> null)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not nest");
        // A listener runs after the writer lock is released, so it may write (e.g. a derived rollup).
        db.changes().subscribe(Set.of("categories"), c -> {
            if (c.ids().contains("cat_6")) {
                writeCategories("cat_7");
            }
        });
        writeCategories("cat_6");
        assertThat(get(ResourceType.CATEGORY, "cat_7")).isPresent();
    }

    @Test
    void eachDatabaseHasItsOwnBus(@TempDir Path other) {
        try (CacheDatabase second = CacheDatabase.open(other, "http://127.0.0.1:8080/", "mia.merch",
                "pw".toCharArray(), CacheOptions.defaults().withKdfIterations(1_000))) {
            second.changes().subscribe(Set.of(), seen::add);
            writeCategories("cat_8");
            assertThat(seen).isEmpty();
            assertThat(second.changes()).isNotSameAs(db.changes());
        }
    }

    private java.util.Optional<JsonNode> get(ResourceType type, String id) {
        return db.read(h -> tables.get(h, type, id));
    }

    private java.util.OptionalLong version(ResourceType type, String id) {
        return db.read(h -> tables.version(h, type, id));
    }

    private long count(ResourceType type) {
        return db.read(h -> tables.count(h, type));
    }
}
