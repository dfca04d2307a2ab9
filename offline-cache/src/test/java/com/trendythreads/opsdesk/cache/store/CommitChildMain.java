package com.trendythreads.opsdesk.cache.store;

import com.trendythreads.opsdesk.api.Json;
import java.nio.file.Path;
import java.util.List;

/// Runs in a child JVM for [CommitDurabilityTest]: opens the cache in `args[0]`, commits one category row
/// with id `args[1]` (write delay `args[2]` ms), prints `COMMITTED` and then sleeps holding the cache open
/// until it is killed. The building block of the sync engine's crash tests.
public final class CommitChildMain {

    public static final String URL = "http://127.0.0.1:8080/";
    public static final String USER = "walt.warehouse";
    public static final char[] PASSWORD = "demo".toCharArray();

    private CommitChildMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String id = args[1];
        int writeDelay = Integer.parseInt(args[2]);
        CacheOptions options = CacheOptions.defaults().withKdfIterations(1_000).withWriteDelayMs(writeDelay);
        CacheDatabase db = CacheDatabase.open(dir, URL, USER, PASSWORD.clone(), options);
        LocalTables tables = new LocalTables();
        db.write(tx -> {
            tables.upsert(tx.handle(), ResourceType.CATEGORY, List.of(Json.mapper().createObjectNode()
                    .put("id", id).put("name", "written by a child JVM").put("version", 1)));
            tx.changed(ResourceType.CATEGORY.table(), List.of(id));
            return null;
        });
        System.out.println("COMMITTED");
        System.out.flush();
        Thread.sleep(120_000); // killed long before; never closes the cache
    }
}
