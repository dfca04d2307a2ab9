package com.trendythreads.opsdesk.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.service.CatalogApi;
import com.trendythreads.opsdesk.cache.media.MediaStore;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.repo.OrderRepository;
import com.trendythreads.opsdesk.cache.repo.ProductRepository;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/// An image added while the platform is away waits in the outbox with its bytes, shows at once from the
/// local store, and reaches the platform exactly once when it is back, even when the first answer is lost.
class MediaUploadTest extends PlatformTest {

    static byte[] png(Color colour) throws IOException {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private static long mediaUploads(TestPlatform.Client desk) {
        return desk.db().read(h -> h.createQuery("SELECT COUNT(*) FROM media_upload").mapTo(Long.class).one());
    }

    @Test
    void anImageAddedOfflineReachesThePlatformOnceAfterItComesBack() throws Exception {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "mia.merch");
        assertThat(desk.engine().initialSync()).isTrue();
        ProductRepository products = new ProductRepository(desk.db());
        String id = products.list(null, null, 1).getFirst().id();
        PlatformClient truth = platform.client("ada.admin");
        JsonNode before = TestPlatform.get(truth, "v1/products/" + id);
        int mediaBefore = before.get("media").size();
        byte[] bytes = png(Color.ORANGE);

        platform.stop();
        LocalEdits edits = desk.engine().edits();
        String localId = edits.uploadMedia(id, "orange.png", "image/png", bytes, "An orange swatch", "Add orange.png");
        Product local = products.get(id).orElseThrow();
        assertThat(local.media()).hasSize(mediaBefore + 1);
        assertThat(local.media().getLast().id()).isEqualTo(localId);
        MediaStore store = new MediaStore(desk.db(), m -> {
            throw new IOException("offline");
        }, Clock.systemUTC());
        assertThat(store.content(localId)).as("the queued image shows offline").hasValueSatisfying(
                b -> assertThat(b).isEqualTo(bytes));
        assertThat(desk.engine().pushDue().stopped()).as("offline: the entry waits").isTrue();
        assertThat(desk.engine().status().pendingEdits()).isEqualTo(1);

        // Back, but the platform's first answer is lost after it stored the image.
        platform.restart();
        platform.platform().faults().set(new FaultConfig(0, 0, 500, 0, 0, 0, null, null,
                new FaultConfig.DropNext(1, "/v1/products/" + id + "/media"), 1L));
        for (int i = 0; i < 50 && desk.engine().status().pendingEdits() > 0; i++) {
            desk.engine().pushDue();
            Thread.sleep(100);
        }
        assertThat(desk.engine().status().pendingEdits()).isZero();
        assertThat(mediaUploads(desk)).as("the bytes left with the entry").isZero();

        JsonNode after = TestPlatform.get(truth, "v1/products/" + id);
        assertThat(after.get("media")).as("one image more, not two").hasSize(mediaBefore + 1);
        assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong() + 1);
        JsonNode added = after.get("media").get(mediaBefore);
        assertThat(added.get("fileName").asText()).isEqualTo("orange.png");
        assertThat(added.get("altText").asText()).isEqualTo("An orange swatch");
        Product synced = products.get(id).orElseThrow();
        assertThat(synced.media()).extracting(m -> m.id()).doesNotContain(localId)
                .contains(added.get("id").asText());
        assertThat(synced.version()).isEqualTo(after.get("version").asLong());
    }

    @Test
    void imagesAreFetchedOnceThenReadLocally() throws Exception {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "mia.merch");
        assertThat(desk.engine().initialSync()).isTrue();
        Product p = new ProductRepository(desk.db()).list(null, null, 1).getFirst();
        String mediaId = p.media().getFirst().id();
        AtomicInteger fetches = new AtomicInteger();
        CatalogApi catalog = desk.api().create(CatalogApi.class);
        MediaStore real = MediaStore.over(desk.db(), catalog, Clock.systemUTC());
        MediaStore counting = new MediaStore(desk.db(), m -> {
            fetches.incrementAndGet();
            try (var body = catalog.getMediaContent(m)) {
                return new MediaStore.Fetched("image/png", body.bytes());
            }
        }, Clock.systemUTC());

        byte[] first = counting.content(mediaId).orElseThrow();
        platform.stop();
        byte[] again = counting.content(mediaId).orElseThrow();
        assertThat(again).isEqualTo(first);
        assertThat(fetches).hasValue(1);
        assertThat(real.content("med_missing")).isEmpty();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(first))).as("real image bytes").isNotNull();
    }

    @Test
    void boughtTogetherCountsOrdersHoldingBothProducts() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin");
        assertThat(desk.engine().initialSync()).isTrue();
        OrderRepository orders = new OrderRepository(desk.db());
        // The product in most orders, found the slow way as the oracle.
        var all = orders.recent(100_000);
        var line = all.stream().filter(o -> o.lines().size() > 1).findFirst().orElseThrow().lines().getFirst();
        String pid = line.productId();
        List<OrderRepository.BoughtWith> top = orders.boughtTogether(pid, 5);
        assertThat(top).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        for (OrderRepository.BoughtWith b : top) {
            long expected = all.stream().filter(o -> o.lines().stream().anyMatch(l -> pid.equals(l.productId()))
                    && o.lines().stream().anyMatch(l -> b.productId().equals(l.productId()))).count();
            assertThat(b.orders()).as(b.productId()).isEqualTo((int) expected);
        }
        assertThat(top).extracting(OrderRepository.BoughtWith::orders).isSortedAccordingTo((a, b) -> b - a);
    }
}
