package com.trendythreads.opsdesk.cache.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.cache.testkit.TestPlatform;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Customer PII that a SUPPORT agent sees unmasked never lands on disk in the clear.
class AtRestEncryptionTest {

    private static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    private static TestPlatform platform;
    private static List<JsonNode> customers;
    private static List<JsonNode> orders;

    private final LocalTables tables = new LocalTables();

    @BeforeAll
    static void fetchAsSupport() {
        platform = TestPlatform.shared();
        customers = platform.all("sam.support", ResourceType.CUSTOMER);
        orders = platform.all("sam.support", ResourceType.ORDER);
    }

    @Test
    void noEmailPhoneOrNameOfACustomerIsReadableInTheCacheFiles(@TempDir Path cacheDir, @TempDir Path plainDir) {
        Set<String> pii = pii();
        assertThat(pii).as("unmasked PII to look for").hasSizeGreaterThan(100)
                .noneMatch(v -> v.contains("***"));

        try (CacheDatabase db = CacheDatabase.open(cacheDir, platform.baseUrl(), "sam.support", "demo".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000))) {
            db.write(tx -> {
                tables.upsert(tx.handle(), ResourceType.CUSTOMER, customers);
                tables.upsert(tx.handle(), ResourceType.ORDER, orders);
                return null;
            });
            long count = db.read(h -> tables.count(h, ResourceType.CUSTOMER));
            assertThat(count).isEqualTo(customers.size());
        }
        assertThat(readable(cacheDir, pii)).as("PII readable in the encrypted cache").isEmpty();

        // The same check on the same data in an unencrypted H2 file finds it: the check can fail.
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL("jdbc:h2:file:" + plainDir.resolve("plain") + ";TRACE_LEVEL_FILE=0");
        Flyway.configure().dataSource(plain).locations("classpath:db/cache").load().migrate();
        Jdbi.create(plain).useTransaction(h -> {
            tables.upsert(h, ResourceType.CUSTOMER, customers);
            tables.upsert(h, ResourceType.ORDER, orders);
        });
        Set<String> found = readableSet(plainDir, pii);
        assertThat(found).as("PII readable in a plain H2 file").containsExactlyInAnyOrderElementsOf(pii);
    }

    private static Set<String> pii() {
        Set<String> values = new TreeSet<>();
        for (JsonNode c : customers) {
            values.add(c.path("email").asText());
            values.add(c.path("phone").asText());
            values.add(c.path("firstName").asText() + " " + c.path("lastName").asText());
        }
        for (JsonNode o : orders) {
            JsonNode c = o.path("customer");
            values.add(c.path("name").asText());
            values.add(c.path("email").asText());
            values.add(c.path("phone").asText());
        }
        values.removeIf(v -> v.length() < 6);
        return values;
    }

    /// The values found in any file under `dir` in any of the encodings, with where.
    private static List<String> readable(Path dir, Set<String> values) {
        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : CacheFiles.snapshot(dir).entrySet()) {
            // ISO-8859-1 maps each byte to one char, so String.contains searches the raw bytes.
            String bytes = new String(file.getValue(), StandardCharsets.ISO_8859_1);
            for (String v : values) {
                for (Map.Entry<String, byte[]> enc : encodings(v).entrySet()) {
                    if (bytes.contains(new String(enc.getValue(), StandardCharsets.ISO_8859_1))) {
                        hits.add(v + " (" + enc.getKey() + ") in " + file.getKey());
                    }
                }
            }
        }
        return hits;
    }

    private static Set<String> readableSet(Path dir, Set<String> values) {
        Set<String> found = new TreeSet<>();
        readable(dir, values).forEach(hit -> found.add(hit.substring(0, hit.indexOf(" ("))));
        return found;
    }

    /// UTF-8, UTF-16 (both byte orders) and MVStore's own string encoding, which differs from UTF-8 for
    /// non-ASCII characters (no 10xxxxxx marker bits on continuation bytes): without it a plain H2 file
    /// would hide "Müller" from a UTF-8 search and the check would look stronger than it is.
    private static Map<String, byte[]> encodings(String v) {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        for (Charset cs : ENCODINGS) {
            out.put(cs.name(), v.getBytes(cs));
        }
        java.io.ByteArrayOutputStream mv = new java.io.ByteArrayOutputStream();
        for (char c : v.toCharArray()) {
            if (c < 0x80) {
                mv.write(c);
            } else if (c < 0x800) {
                mv.write(0xc0 | (c >> 6));
                mv.write(c & 0x3f);
            } else {
                mv.write(0xe0 | (c >> 12));
                mv.write((c >> 6) & 0x3f);
                mv.write(c & 0x3f);
            }
        }
        out.put("MVStore", mv.toByteArray());
        return out;
    }
}
