package com.trendythreads.opsdesk.platform.catalog;

import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.DRESS;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.DRESS_MEDIA;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.productBody;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator.Exchange;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/// Image upload (multipart), download and removal. ApiCaller speaks text, so this class sends the
/// multipart and binary exchanges itself and still checks every response against the contract.
class MediaApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CatalogTestPlatform p = CatalogTestPlatform.get();

    /// A response with its raw bytes.
    record Bin(int status, Map<String, List<String>> headers, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(new String(body, StandardCharsets.UTF_8), e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        List<String> problemFields() {
            List<String> out = new ArrayList<>();
            json().path("errors").forEach(e -> out.add(e.path("field").asText()));
            return out;
        }
    }

    private String token(Role role) {
        // ApiCaller holds the token privately; sign in again for the raw client.
        var r = p.anonymous.form("/oauth/token", Map.of("grant_type", "password", "username",
                CatalogTestPlatform.USERS.get(role), "password", "demo"));
        return r.json().path("access_token").asText();
    }

    private Bin send(HttpRequest.Builder b, String method, String path, String requestContentType) {
        try {
            // A fresh client per request: the server closes the connection after refusing an oversized
            // upload unread, and a pooled client would reuse that dead connection for the next request.
            HttpResponse<byte[]> r;
            try (HttpClient http = HttpClient.newHttpClient()) {
                r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            }
            String ct = r.headers().firstValue("Content-Type").orElse("");
            // Image bytes are not text; one byte per char keeps their length for the validator.
            String text = new String(r.body(), ct.startsWith("image/") ? StandardCharsets.ISO_8859_1
                    : StandardCharsets.UTF_8);
            Map<String, List<String>> sent = new LinkedHashMap<>();
            if (requestContentType != null) {
                sent.put("Content-Type", List.of(requestContentType));
            }
            p.contract.assertResponseValid(new Exchange(method, URI.create(path), sent, null, r.statusCode(),
                    r.headers().map(), text));
            return new Bin(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Bin upload(String token, String productId, byte[] file, String fileName, String altText,
                       String... headers) {
        String boundary = "----opsdesk" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + fileName + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        if (altText != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"altText\"\r\n\r\n"
                    + altText + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String path = "/v1/products/" + productId + "/media";
        String contentType = "multipart/form-data; boundary=" + boundary;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(p.platform.baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        boolean keyGiven = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            keyGiven |= headers[i].equalsIgnoreCase("Idempotency-Key");
        }
        if (!keyGiven) {
            b.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return send(b, "POST", path, contentType);
    }

    private Bin content(String token, String mediaId) {
        String path = "/v1/media/" + mediaId + "/content";
        return send(HttpRequest.newBuilder(URI.create(p.platform.baseUrl() + path))
                .header("Authorization", "Bearer " + token).GET(), "GET", path, null);
    }

    private static byte[] png(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, 0xFF0000);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String newProduct() {
        return p.createProduct(productBody("Pictured", uniqueSku("TST-IMG"))).path("id").asText();
    }

    @Test
    void uploadAppendsMediaServesTheBytesAndRecordsOneChange() {
        String mia = token(Role.MERCHANDISER);
        String id = newProduct();
        String since = p.changeToken();
        byte[] image = png(30, 20);

        Bin first = upload(mia, id, image, "front.png", "Front view", "If-Match", "\"1\"");
        assertThat(first.status()).as(new String(first.body())).isEqualTo(201);
        assertThat(first.header("ETag")).isEqualTo("\"2\"");
        JsonNode product = first.json();
        JsonNode media = product.path("media").get(0);
        assertThat(media.path("fileName").asText()).isEqualTo("front.png");
        assertThat(media.path("contentType").asText()).isEqualTo("image/png");
        assertThat(media.path("sizeBytes").asLong()).isEqualTo(image.length);
        assertThat(media.path("width").asInt()).isEqualTo(30);
        assertThat(media.path("height").asInt()).isEqualTo(20);
        assertThat(media.path("altText").asText()).isEqualTo("Front view");
        assertThat(media.path("position").asInt()).isZero();
        assertThat(product.path("mainMediaId").asText()).isEqualTo(media.path("id").asText());
        p.assertOneChange(since, "product", id, "upsert", 2);

        Bin second = upload(mia, id, png(8, 8), "back.png", null);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("media").get(1).path("position").asInt()).isEqualTo(1);
        assertThat(second.json().path("mainMediaId").asText()).isEqualTo(media.path("id").asText());

        Bin bytes = content(token(Role.SUPPORT), media.path("id").asText());
        assertThat(bytes.status()).isEqualTo(200);
        assertThat(bytes.header("Content-Type")).startsWith("image/png");
        assertThat(bytes.header("ETag")).matches("\"[0-9a-f]{64}\"");
        assertThat(bytes.body()).isEqualTo(image);
        assertThat(media.path("contentUrl").asText()).isEqualTo("/v1/media/" + media.path("id").asText() + "/content");
    }

    @Test
    void uploadIsIdempotentAndChecksIfMatch() {
        String mia = token(Role.MERCHANDISER);
        String id = newProduct();
        byte[] image = png(5, 5);
        String key = UUID.randomUUID().toString();
        Bin first = upload(mia, id, image, "a.png", "A", "Idempotency-Key", key);
        Bin again = upload(mia, id, image, "a.png", "A", "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(p.merch().get("/v1/products/" + id).json().path("media")).hasSize(1);
        Bin otherBody = upload(mia, id, png(6, 6), "a.png", "A", "Idempotency-Key", key);
        assertThat(otherBody.status()).isEqualTo(422);

        Bin stale = upload(mia, id, image, "b.png", null, "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(2);
        assertThat(upload(mia, "prd_nope", image, "b.png", null).status()).isEqualTo(404);
    }

    @Test
    void onlyRealImagesUpTo10MbAreAccepted() {
        String mia = token(Role.MERCHANDISER);
        String id = newProduct();
        Bin text = upload(mia, id, "just text, not an image".getBytes(StandardCharsets.UTF_8), "fake.png", null);
        assertThat(text.status()).isEqualTo(422);
        assertThat(text.problemFields()).containsExactly("file");

        byte[] huge = Arrays.copyOf(png(4, 4), 10 * 1024 * 1024 + 1);
        Bin big = upload(mia, id, huge, "huge.png", null);
        assertThat(big.status()).isEqualTo(422);
        assertThat(big.problemFields()).containsExactly("file");

        Bin none = upload(mia, id, null, null, "alt only");
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.problemFields()).contains("file");

        String path = "/v1/products/" + id + "/media";
        String broken = "multipart/form-data; boundary=nothere";
        Bin garbled = send(HttpRequest.newBuilder(URI.create(p.platform.baseUrl() + path))
                .header("Authorization", "Bearer " + mia).header("Content-Type", broken)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("--other\r\nContent-Disposition: form-data; name=\"file\"\r\n")),
                "POST", path, broken);
        assertThat(garbled.status()).isEqualTo(400);

        Bin longAlt = upload(mia, id, png(4, 4), "x.png", "a".repeat(301));
        assertThat(longAlt.status()).isEqualTo(422);
        assertThat(longAlt.problemFields()).contains("altText");

        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        assertThat(upload(mia, id, jpeg, "tiny.jpg", null).json().path("media").get(0).path("contentType").asText())
                .isEqualTo("image/jpeg");
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(upload(mia, id, webp, "tiny.webp", null).json().path("media").get(1).path("contentType").asText())
                .isEqualTo("image/webp");
        assertThat(p.merch().get("/v1/products/" + id).json().path("version").asLong()).isEqualTo(3);
    }

    @Test
    void generatedImagesAreRenderedOnDemand() {
        Bin swatch = content(token(Role.WAREHOUSE), DRESS_MEDIA);
        assertThat(swatch.status()).isEqualTo(200);
        assertThat(swatch.header("Content-Type")).startsWith("image/png");
        assertThat(MediaFiles.detect(swatch.body())).isPresent();
        Bin again = content(token(Role.MARKETING), DRESS_MEDIA);
        assertThat(again.body()).isEqualTo(swatch.body());
        assertThat(again.header("ETag")).isEqualTo(swatch.header("ETag"));
        assertThat(content(token(Role.MARKETING), "med_nope").status()).isEqualTo(404);
    }

    @Test
    void deleteMediaRenumbersAndMovesTheMainImage() {
        String mia = token(Role.MERCHANDISER);
        String id = newProduct();
        String a = upload(mia, id, png(3, 3), "a.png", null).json().path("media").get(0).path("id").asText();
        String b = upload(mia, id, png(4, 4), "b.png", null).json().path("media").get(1).path("id").asText();
        ApiCaller merch = p.merch();
        Resp reordered = new Resp(merch.patch("/v1/products/" + id, Map.of("mediaOrder", List.of(b, a)),
                "If-Match", "\"3\""));
        assertThat(reordered.r.status()).as(reordered.r.body()).isEqualTo(200);
        assertThat(reordered.r.json().path("media").findValuesAsText("id")).containsExactly(b, a);
        assertThat(reordered.r.json().path("media").get(0).path("position").asInt()).isZero();

        assertThat(merch.delete("/v1/products/" + id + "/media/" + a).status()).isEqualTo(428);
        String since = p.changeToken();
        var removed = merch.delete("/v1/products/" + id + "/media/" + a, "If-Match", "\"4\"");
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.etag()).isEqualTo("\"5\"");
        assertThat(removed.json().path("media").findValuesAsText("id")).containsExactly(b);
        assertThat(removed.json().path("media").get(0).path("position").asInt()).isZero();
        assertThat(removed.json().path("mainMediaId").asText()).isEqualTo(b);
        p.assertOneChange(since, "product", id, "upsert", 5);
        assertThat(content(mia, a).status()).isEqualTo(404);
        assertThat(merch.delete("/v1/products/" + id + "/media/" + a, "If-Match", "\"5\"").status()).isEqualTo(404);
        assertThat(merch.delete("/v1/products/" + DRESS + "/media/" + b, "If-Match", "\"1\"").status())
                .isEqualTo(404);
    }

    private record Resp(ApiCaller.Resp r) {
    }
}
