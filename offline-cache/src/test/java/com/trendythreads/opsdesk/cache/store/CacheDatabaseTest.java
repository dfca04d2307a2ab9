package com.trendythreads.opsdesk.cache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheDatabaseTest {

    static final String URL = "http://127.0.0.1:8080/";
    static final CacheOptions FAST = CacheOptions.defaults().withKdfIterations(1_000);
    private final ObjectMapper json = Json.mapper();
    private final LocalTables tables = new LocalTables();

    @TempDir
    Path dir;

    private JsonNode category(String id, long version, String name) {
        try {
            return json.readTree("{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"attributes\":[],\"version\":" + version + "}");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }


    @Test
    void dataWrittenIsThereAfterReopeningWithTheSamePassword() throws Exception {
        JsonNode doc = category("cat_001", 3, "Knitwear");
        try (CacheDatabase db = CacheDatabase.open(dir, URL, "mia.merch", "s3cret".toCharArray(), FAST)) {
            db.write(tx -> {
                tables.upsert(tx.handle(), ResourceType.CATEGORY, List.of(doc));
                return null;
            });
        }
        assertThat(CacheDatabase.exists(dir)).isTrue();
        assertThat(dir.resolve("cache.json")).exists();
        try (CacheDatabase db = CacheDatabase.open(dir, URL, "mia.merch", "s3cret".toCharArray(), FAST)) {
            Optional<JsonNode> stored = db.read(h -> tables.get(h, ResourceType.CATEGORY, "cat_001"));
            assertThat(stored).contains(doc);
            assertThat(db.read(h -> tables.version(h, ResourceType.CATEGORY, "cat_001")).getAsLong()).isEqualTo(3);
            String name = db.read(h -> h.createQuery("SELECT name FROM categories").mapTo(String.class).one());
            assertThat(name).isEqualTo("Knitwear");
        }
    }

    @Test
    void anOpenCacheChecksAPasswordWithTheKeyDerivationOfItsUnlock() {
        // lane security (issue 10): the idle lock's offline check
        try (CacheDatabase db = CacheDatabase.open(dir, URL, "mia.merch", "s3cret".toCharArray(), FAST)) {
            assertThat(db.unlocks("s3cret".toCharArray())).isTrue();
            assertThat(db.unlocks("s3cret ".toCharArray())).isFalse();
            assertThat(db.unlocks("".toCharArray())).isFalse();
        }
    }

    @Test
    void aWrongPasswordIsTypedAndClearAndLeavesEveryFileAsItWas() throws Exception {
        try (CacheDatabase db = CacheDatabase.open(dir, URL, "sam.support", "right".toCharArray(), FAST)) {
            db.write(tx -> {
                tables.upsert(tx.handle(), ResourceType.CATEGORY, List.of(category("cat_1", 1, "Shoes")));
                return null;
            });
        }
        Map<String, byte[]> before = CacheFiles.snapshot(dir);

        assertThatThrownBy(() -> CacheDatabase.open(dir, URL, "sam.support", "wrong".toCharArray(), FAST))
                .isInstanceOf(CachePasswordException.class)
                .hasMessage("This password does not unlock the local data of sam.support on " + URL + ".");

        Map<String, byte[]> after = CacheFiles.snapshot(dir);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        // and the right password still works
        try (CacheDatabase db = CacheDatabase.open(dir, URL, "sam.support", "right".toCharArray(), FAST)) {
            long count = db.read(h -> tables.count(h, ResourceType.CATEGORY));
            assertThat(count).isEqualTo(1);
        }
    }

    @Test
    void aKeyDerivedAheadUnlocksTheCacheItWasDerivedFor() {
        CacheDatabase.open(dir, URL, "mia.merch", "pw".toCharArray(), FAST).close();
        KeyAhead ahead = KeyAhead.start(dir, "pw".toCharArray(), Thread::startVirtualThread);
        try (CacheDatabase db = CacheDatabase.open(dir, URL, "mia.merch", "pw".toCharArray(), FAST, ahead)) {
            assertThat(db.unlocks("pw".toCharArray())).isTrue();
        }
        // derived from a wrong password, it unlocks nothing and changes no file
        Map<String, byte[]> before = CacheFiles.snapshot(dir);
        KeyAhead wrong = KeyAhead.start(dir, "wrong".toCharArray(), Thread::startVirtualThread);
        assertThatThrownBy(() -> CacheDatabase.open(dir, URL, "mia.merch", "wrong".toCharArray(), FAST, wrong))
                .isInstanceOf(CachePasswordException.class);
        Map<String, byte[]> after = CacheFiles.snapshot(dir);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void aKeyDerivedAheadForAnEarlierCacheIsNotUsedForItsReplacement() {
        CacheDatabase.open(dir, URL, "mia.merch", "old".toCharArray(), FAST).close();
        KeyAhead stale = KeyAhead.start(dir, "old".toCharArray(), Thread::startVirtualThread);
        // the local data was removed and made again (another salt) before the open
        CacheDatabase.deleteLocalData(dir);
        CacheDatabase.open(dir, URL, "mia.merch", "new".toCharArray(), FAST).close();
        try (CacheDatabase db = CacheDatabase.open(dir, URL, "mia.merch", "new".toCharArray(), FAST, stale)) {
            assertThat(db.unlocks("new".toCharArray())).isTrue();
        }
    }

    @Test
    void cacheJsonHoldsTheKdfInputsAndNothingSecret() throws Exception {
        CacheDatabase.open(dir, URL, "mia.merch", "pw-never-on-disk".toCharArray(), FAST).close();
        JsonNode meta = json.readTree(dir.resolve("cache.json").toFile());
        assertThat(meta.get("kdf").asText()).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(meta.get("iterations").asInt()).isEqualTo(1_000);
        assertThat(meta.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(java.util.Base64.getDecoder().decode(meta.get("salt").asText())).hasSize(16);
        assertThat(meta.get("platformUrl").asText()).isEqualTo(URL);
        assertThat(meta.get("username").asText()).isEqualTo("mia.merch");
        String text = Files.readString(dir.resolve("cache.json"));
        CacheKey key = CacheKey.derive("pw-never-on-disk".toCharArray(),
                java.util.Base64.getDecoder().decode(meta.get("salt").asText()), 1_000);
        assertThat(text).doesNotContain("pw-never-on-disk", key.fileKeyHex(), key.userPasswordHex());
    }

    @Test
    void aSecondOpenOfTheSameCacheIsRefusedAsInUse() {
        try (CacheDatabase db = CacheDatabase.open(dir, URL, "mia.merch", "pw".toCharArray(), FAST)) {
            assertThatThrownBy(() -> CacheDatabase.open(dir, URL, "mia.merch", "pw".toCharArray(), FAST))
                    .isInstanceOf(CacheInUseException.class)
                    .hasMessageContaining("already open");
            assertThatThrownBy(() -> CacheDatabase.deleteLocalData(dir)).isInstanceOf(CacheInUseException.class);
            assertThat(db.username()).isEqualTo("mia.merch"); // the first one is unaffected
        }
    }

    @Test
    void aCacheOfAnotherUserIsNotOpened() {
        CacheDatabase.open(dir, URL, "mia.merch", "pw".toCharArray(), FAST).close();
        assertThatThrownBy(() -> CacheDatabase.open(dir, URL, "sam.support", "pw".toCharArray(), FAST))
                .isExactlyInstanceOf(CacheException.class)
                .hasMessageContaining("belongs to mia.merch");
    }

    @Test
    void anExistingCacheKeepsTheIterationCountItWasCreatedWith() {
        assertThat(CacheDatabase.exists(dir)).isFalse();
        CacheDatabase.open(dir, URL, "mia.merch", "pw".toCharArray(), FAST).close();
        // Options for a new cache do not change how an existing one is unlocked.
        try (CacheDatabase db = CacheDatabase.open(dir, URL, "mia.merch", "pw".toCharArray(),
                CacheOptions.defaults().withKdfIterations(2_000))) {
            assertThat(db.platformUrl()).isEqualTo(URL);
        }
        assertThat(CacheMeta.read(dir).iterations()).isEqualTo(1_000);
    }

    @Test
    void deleteLocalDataRemovesTheCache() {
        CacheDatabase.open(dir, URL, "mia.merch", "pw".toCharArray(), FAST).close();
        CacheDatabase.deleteLocalData(dir);
        assertThat(CacheDatabase.exists(dir)).isFalse();
        assertThat(dir).doesNotExist();
    }

    /// H2 lists the setting twice (URL setting and database setting); both must say 0. The same query
    /// sees 500 when the option asks for it, so it does read what the URL set. That a commit survives
    /// kill -9 is proven by [CommitDurabilityTest].
    @Test
    void writeDelayZeroIsAcceptedAndInEffect() {
        try (CacheDatabase db = CacheDatabase.open(dir, URL, "mia.merch", "pw".toCharArray(), FAST)) {
            assertThat(writeDelay(db)).isNotEmpty().containsOnly("WRITE_DELAY=0");
        }
        try (CacheDatabase db = CacheDatabase.open(dir, URL, "mia.merch", "pw".toCharArray(), FAST.withWriteDelayMs(500))) {
            assertThat(writeDelay(db)).isNotEmpty().containsOnly("WRITE_DELAY=500");
        }
    }

    private static List<String> writeDelay(CacheDatabase db) {
        return db.read(h -> h.createQuery("SELECT SETTING_NAME || '=' || SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                        + " WHERE SETTING_NAME = 'WRITE_DELAY'")
                .mapTo(String.class).list());
    }

    @Test
    void everyResourceTableHasItsTypedColumns() {
        try (CacheDatabase db = CacheDatabase.open(dir, URL, "mia.merch", "pw".toCharArray(), FAST)) {
            for (ResourceType type : ResourceType.values()) {
                Set<String> actual = db.read(h -> h.createQuery("""
                                SELECT LOWER(COLUMN_NAME) FROM INFORMATION_SCHEMA.COLUMNS
                                WHERE TABLE_SCHEMA = 'PUBLIC' AND LOWER(TABLE_NAME) = :t""")
                        .bind("t", type.table()).mapTo(String.class).collect(Collectors.toSet()));
                assertThat(actual).as(type.table()).containsExactlyInAnyOrderElementsOf(tables.columnNames(type));
            }
        }
    }
}
