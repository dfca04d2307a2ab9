package com.trendythreads.opsdesk.cache.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.Json;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// One writer at a time; readers neither wait for it nor see its uncommitted rows.
class WriterLockTest {

    private final LocalTables tables = new LocalTables();

    @TempDir
    Path dir;

    private static JsonNode category(String id) {
        return Json.mapper().createObjectNode().put("id", id).put("name", id).put("version", 1);
    }

    @Test
    void writersTakeTurnsAndReadersDoNotWait() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir, "http://127.0.0.1:8080/", "mia.merch", "pw".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000))) {
            CountDownLatch firstInside = new CountDownLatch(1);
            CountDownLatch releaseFirst = new CountDownLatch(1);
            AtomicBoolean firstDone = new AtomicBoolean();
            AtomicBoolean secondSawFirstRunning = new AtomicBoolean();

            // Own threads: the common pool may have a single worker on a 2-core machine.
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newCachedThreadPool();
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> db.write(tx -> {
                tables.upsert(tx.handle(), ResourceType.CATEGORY, List.of(category("cat_first")));
                firstInside.countDown();
                await(releaseFirst);
                firstDone.set(true);
                return null;
            }), threads);
            assertThat(firstInside.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> db.write(tx -> {
                secondSawFirstRunning.set(!firstDone.get());
                tables.upsert(tx.handle(), ResourceType.CATEGORY, List.of(category("cat_second")));
                return null;
            }), threads);

            // A reader runs while the first writer holds its transaction open, and sees no uncommitted row.
            Optional<JsonNode> duringWrite = CompletableFuture.supplyAsync(
                    () -> db.read(h -> tables.get(h, ResourceType.CATEGORY, "cat_first")), threads).get(10, TimeUnit.SECONDS);
            assertThat(duringWrite).isEmpty();
            Thread.sleep(200);
            assertThat(second).isNotDone();

            releaseFirst.countDown();
            first.get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
            assertThat(secondSawFirstRunning).isFalse();
            long count = db.read(h -> tables.count(h, ResourceType.CATEGORY));
            assertThat(count).isEqualTo(2);
            threads.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
