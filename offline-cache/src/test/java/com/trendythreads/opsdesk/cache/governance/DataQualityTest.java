package com.trendythreads.opsdesk.cache.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.Media;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.api.dto.crm.Consents;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.cache.governance.DataQuality.DayCount;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.testkit.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Every rule on a hand-built cache with known violations:
///
/// | product | status, channels | fabric (WEB) | images | variants (EAN, price/cost) | breaks |
/// |---|---|---|---|---|---|
/// | Alpha | ACTIVE, WEB | – | 1 | A-1 EAN X 1000/500 | missing attributes, duplicate EAN |
/// | Bravo | ACTIVE, WEB+APP | cotton | – | B-1 EAN Y 1000/1000 (equal is not below) | published without images |
/// | Charlie | DRAFT, none | – | – | C-1 EAN X 1000/1500, C-2 EAN Z 900/1000 | price below cost, duplicate EAN |
/// | Delta | ACTIVE, APP (fabric needed only on WEB) | – | 1 | D-1 EAN W 2000/800 | nothing |
///
/// Customers: c1 has consents; c2 has none; c3's were never recorded (no date).
class DataQualityTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final String EAN_X = "4006381333931";
    static final String EAN_Y = "4006381333948";
    static final String EAN_Z = "4006381333955";
    static final String EAN_W = "4006381333962";

    @TempDir
    Path dir;
    CacheDatabase db;
    MovableClock clock = new MovableClock(NOW);
    DataQuality quality;

    @BeforeEach
    void build() {
        db = CacheDatabase.open(dir, "http://127.0.0.1:1/", "mona.manager", "demo".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000));
        Category dresses = new Category("cat-d", "Dresses", null, List.of(
                new CategoryAttribute("fabric", "Fabric", CategoryAttribute.Type.TEXT, List.of(), List.of(Channel.WEB))), 1);
        LocalTables tables = new LocalTables();
        db.write(tx -> {
            tables.upsert(tx.handle(), ResourceType.CATEGORY, List.of(json(dresses)));
            tables.upsert(tx.handle(), ResourceType.PRODUCT, List.of(
                    json(product("p-a", "Alpha", ProductStatus.ACTIVE, List.of(Channel.WEB), null, true,
                            variant("A-1", EAN_X, 1000, 500))),
                    json(product("p-b", "Bravo", ProductStatus.ACTIVE, List.of(Channel.WEB, Channel.APP), "cotton",
                            false, variant("B-1", EAN_Y, 1000, 1000))),
                    json(product("p-c", "Charlie", ProductStatus.DRAFT, List.of(), null, false,
                            variant("C-1", EAN_X, 1000, 1500), variant("C-2", EAN_Z, 900, 1000))),
                    json(product("p-d", "Delta", ProductStatus.ACTIVE, List.of(Channel.APP), null, true,
                            variant("D-1", EAN_W, 2000, 800)))));
            tables.upsert(tx.handle(), ResourceType.CUSTOMER, List.of(
                    json(customer("c1", new Consents(true, false, false, NOW))),
                    json(customer("c2", null)),
                    json(customer("c3", new Consents(false, false, false, null)))));
            return null;
        });
        quality = new DataQuality(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void eachRuleFindsExactlyItsRecords() {
        QualityReport r = quality.check(EnumSet.allOf(QualityRule.class));

        assertThat(r.of(QualityRule.MISSING_ATTRIBUTES)).containsExactly(
                new Finding(QualityRule.MISSING_ATTRIBUTES, "p-a", "Alpha", List.of("fabric")));
        assertThat(r.of(QualityRule.DUPLICATE_EAN)).containsExactly(
                new Finding(QualityRule.DUPLICATE_EAN, "p-a", "Alpha", List.of(EAN_X + " = A-1, C-1")),
                new Finding(QualityRule.DUPLICATE_EAN, "p-c", "Charlie", List.of(EAN_X + " = A-1, C-1")));
        assertThat(r.of(QualityRule.PRICE_BELOW_COST)).containsExactly(new Finding(QualityRule.PRICE_BELOW_COST,
                "p-c", "Charlie", List.of("C-1: EUR 10.00 < EUR 15.00", "C-2: EUR 9.00 < EUR 10.00")));
        assertThat(r.of(QualityRule.PUBLISHED_WITHOUT_IMAGES)).containsExactly(
                new Finding(QualityRule.PUBLISHED_WITHOUT_IMAGES, "p-b", "Bravo", List.of("WEB", "APP")));
        assertThat(r.of(QualityRule.CUSTOMER_WITHOUT_CONSENT)).extracting(Finding::recordId)
                .containsExactly("c2", "c3");
        assertThat(r.checked()).containsEntry(QualityRule.PRICE_BELOW_COST, 4)
                .containsEntry(QualityRule.CUSTOMER_WITHOUT_CONSENT, 3);
    }

    @Test
    void aCustomerFindingCarriesNoPersonalData() {
        Finding f = quality.check(EnumSet.of(QualityRule.CUSTOMER_WITHOUT_CONSENT))
                .of(QualityRule.CUSTOMER_WITHOUT_CONSENT).getFirst();
        assertThat(f.label()).isEqualTo("c2");
        assertThat(f.toString()).doesNotContain("Firstc2", "Lastc2", "c2@example.com", "+49");
    }

    @Test
    void onlyTheAskedRulesAreChecked() {
        QualityReport r = quality.check(EnumSet.of(QualityRule.DUPLICATE_EAN, QualityRule.PRICE_BELOW_COST));
        assertThat(r.rules()).containsExactly(QualityRule.DUPLICATE_EAN, QualityRule.PRICE_BELOW_COST);
        assertThat(r.count(QualityRule.CUSTOMER_WITHOUT_CONSENT)).isZero();
    }

    @Test
    void theTrendHasTheLastCheckOfEachShopDay() {
        quality.checkAndRecord(EnumSet.allOf(QualityRule.class)); // Nov 26: 1 missing attribute
        // Later the same day Delta is published on WEB too: now it lacks fabric as well.
        putProduct(product("p-d", "Delta", ProductStatus.ACTIVE, List.of(Channel.APP, Channel.WEB), null, true,
                variant("D-1", EAN_W, 2000, 800)));
        clock.advance(Duration.ofHours(5));
        quality.checkAndRecord(EnumSet.allOf(QualityRule.class)); // still Nov 26 (15:00 UTC): 2 replace 1
        // The next day Alpha gets its fabric.
        clock.advance(Duration.ofHours(10)); // 01:00 UTC Nov 27 = 02:00 in Berlin: the next shop day
        putProduct(product("p-a", "Alpha", ProductStatus.ACTIVE, List.of(Channel.WEB), "linen", true,
                variant("A-1", EAN_X, 1000, 500)));
        quality.checkAndRecord(EnumSet.allOf(QualityRule.class));

        Map<QualityRule, List<DayCount>> trend = quality.trend(7);
        assertThat(trend.get(QualityRule.MISSING_ATTRIBUTES)).containsExactly(
                new DayCount(LocalDate.of(2026, 11, 26), 2), new DayCount(LocalDate.of(2026, 11, 27), 1));
        assertThat(trend.get(QualityRule.CUSTOMER_WITHOUT_CONSENT)).containsExactly(
                new DayCount(LocalDate.of(2026, 11, 26), 2), new DayCount(LocalDate.of(2026, 11, 27), 2));

        clock.advance(Duration.ofDays(7)); // Dec 4 in Berlin: the last 7 days start Nov 28, the last 8 Nov 27
        assertThat(quality.trend(7)).isEmpty();
        assertThat(quality.trend(8).get(QualityRule.MISSING_ATTRIBUTES)).extracting(DayCount::day)
                .containsExactly(LocalDate.of(2026, 11, 27));
    }

    private void putProduct(Product p) {
        db.write(tx -> {
            new LocalTables().upsert(tx.handle(), ResourceType.PRODUCT, List.of(json(p)));
            return null;
        });
    }

    static JsonNode json(Object dto) {
        return Json.mapper().valueToTree(dto);
    }

    static Variant variant(String sku, String ean, long price, long cost) {
        return new Variant(sku, ean, "M", "Black", price, null, cost, 300);
    }

    static Product product(String id, String title, ProductStatus status, List<Channel> channels, String fabric,
            boolean image, Variant... variants) {
        List<Media> media = image ? List.of(new Media("m-" + id, id + ".jpg", "image/jpeg", 10, 100, 100, title, 0,
                "v1/media/m-" + id, NOW)) : List.of();
        return new Product(id, title, "A " + title, "Nordlicht", "cat-d", "AW26", status,
                fabric == null ? Map.of() : Map.of("fabric", fabric), channels, List.of(variants), media,
                image ? "m-" + id : null, NOW, NOW, 1);
    }

    static Customer customer(String id, Consents consents) {
        return new Customer(id, "First" + id, "Last" + id, id + "@example.com", "+49 30 1234567", List.of(), consents,
                LoyaltyTier.values()[0], 0, 0, 0, List.of(), NOW, NOW, 1);
    }
}
