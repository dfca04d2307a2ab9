package com.trendythreads.opsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.db.SeedTemplate;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The platform's process killed (`kill -9`) right after it answered: every write it answered 2xx is still
/// there when it starts again over the same files, and a retry with the same key is answered from the
/// idempotency record instead of being applied a second time.
///
/// In demo mode the platform runs inside the app, so this is what killing the app mid-sync does to it. H2
/// keeps commits in memory for up to half a second; without the checkpoint before each answer
/// (`Durability`) the adjustments below were gone after the restart.
class PlatformCrashTest {

    private static final ContractValidator CONTRACT = ContractValidator.fromClasspath();
    private static final Pattern READY = Pattern.compile("demo platform ready at (http://\\S+)");

    @TempDir
    Path dir;

    @Test
    void writesAnsweredJustBeforeAKillAreThereAfterTheRestartAndNotAppliedTwice() throws Exception {
        new SeedTemplate(Scale.TINY, 1_000).copyInto(dir);

        String sku;
        int before;
        Map<String, Object> last;
        String lastKey;
        Process first = start();
        try {
            ApiCaller walt = new ApiCaller(baseUrl(first), CONTRACT).signIn("walt.warehouse", "demo");
            JsonNode level = walt.get("/v1/stock?locationId=WH-BER&limit=1").json().path("items").get(0);
            sku = level.path("sku").asText();
            before = level.path("onHand").asInt();

            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                batch.add(Map.of("method", "POST", "path", "/v1/stock/adjustments",
                        "idempotencyKey", UUID.randomUUID().toString(), "body", adjustment(sku, 1)));
            }
            Resp b = walt.post("/v1/batch", Map.of("requests", batch));
            assertThat(b.status()).as(b.body()).isEqualTo(200);
            for (JsonNode item : b.json().path("responses")) {
                assertThat(item.path("status").asInt()).as(item.toString()).isEqualTo(201);
            }
            last = adjustment(sku, 2);
            lastKey = null;
            for (int i = 0; i < 10; i++) {
                lastKey = UUID.randomUUID().toString();
                Resp r = walt.post("/v1/stock/adjustments", last, "Idempotency-Key", lastKey);
                assertThat(r.status()).as(r.body()).isEqualTo(201);
            }
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no closing of the database
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Process second = start();
        try {
            ApiCaller walt = new ApiCaller(baseUrl(second), CONTRACT).signIn("walt.warehouse", "demo");
            assertThat(onHand(walt, sku)).as("20 batched +1 and 10 single +2, all answered 201 before the kill")
                    .isEqualTo(before + 20 + 10 * 2);

            Resp again = walt.post("/v1/stock/adjustments", last, "Idempotency-Key", lastKey);
            assertThat(again.status()).isEqualTo(201);
            assertThat(again.header("Idempotent-Replayed")).contains("true");
            assertThat(onHand(walt, sku)).isEqualTo(before + 40);
        } finally {
            second.destroyForcibly();
            second.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Map<String, Object> adjustment(String sku, int delta) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("locationId", "WH-BER");
        b.put("sku", sku);
        b.put("delta", delta);
        b.put("reason", "RECOUNT");
        return b;
    }

    private static int onHand(ApiCaller caller, String sku) {
        Resp r = caller.get("/v1/stock?locationId=WH-BER&sku=" + sku);
        assertThat(r.status()).isEqualTo(200);
        return r.json().path("items").get(0).path("onHand").asInt();
    }

    /// The standalone platform (`DemoPlatformMain`) in its own JVM over `dir`.
    private Process start() throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), DemoPlatformMain.class.getName(),
                "--db", dir.toString(), "--port", "0", "--rate-limit", "100000", "--rate-burst", "100000");
        pb.redirectErrorStream(true);
        return pb.start();
    }

    /// Reads the child's output until it says where it listens (the rest is drained so it never blocks).
    private static URI baseUrl(Process p) throws Exception {
        CompletableFuture<URI> url = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = READY.matcher(line);
                    if (m.find()) url.complete(URI.create(m.group(1)));
                }
                url.completeExceptionally(new IllegalStateException("the platform exited before it was ready"));
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        });
        return url.get(60, TimeUnit.SECONDS);
    }
}
