package com.trendythreads.opsdesk.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.Media;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.api.dto.inventory.Location;
import com.trendythreads.opsdesk.api.dto.inventory.LocationType;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.rules.Ean13;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.DomainTestPlatform;
import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.Seeder;
import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.inventory.InventoryModule;
import com.trendythreads.opsdesk.platform.inventory.InventoryStore;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/// One demo platform for all catalog and inventory tests (in-memory H2, loopback port), with a small
/// fixed catalog: two categories, three locations, two products with stock and a generated image.
///
/// Started once per test JVM: starting a server per class would cost seconds each on a shared machine.
/// Tests that change data create their own products/SKUs (see [#uniqueSku]) so they never depend on order.
public final class CatalogTestPlatform {

    public static final String DRESSES = "cat-dresses";
    public static final String SHIRTS = "cat-shirts";
    public static final String WH_BER = "WH-BER";
    public static final String WH_HAM = "WH-HAM";
    public static final String ST_MUC = "ST-MUC";
    public static final String DRESS = "prd_900001";
    public static final String DRESS_SKU = "AUR-DRS-NAVY-S";
    public static final String DRESS_MEDIA = "med_9000001";
    public static final String DRAFT_SHIRT = "prd_900002";
    public static final Map<Role, String> USERS = Map.of(
            Role.MERCHANDISER, "mia.merch", Role.WAREHOUSE, "walt.warehouse", Role.MANAGER, "mona.manager",
            Role.SUPPORT, "sam.support", Role.MARKETING, "mark.marketing", Role.ADMIN, "ada.admin");

    private static CatalogTestPlatform instance;
    private static final AtomicInteger SEQ = new AtomicInteger(100);

    private final DomainTestPlatform shared;
    public final DemoPlatform platform;
    public final ContractValidator contract;
    public final ApiCaller anonymous;
    public final ObjectMapper json = Json.newMapper();

    private CatalogTestPlatform() {
        shared = DomainTestPlatform.start(List.of(new CatalogModule(), new InventoryModule(), new Fixtures()));
        platform = shared.platform();
        contract = shared.contract();
        anonymous = shared.anonymous();
        Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }

    public static synchronized CatalogTestPlatform get() {
        if (instance == null) {
            instance = new CatalogTestPlatform();
        }
        return instance;
    }

    public ApiCaller as(Role role) {
        return shared.as(USERS.get(role));
    }

    public ApiCaller merch() {
        return as(Role.MERCHANDISER);
    }

    public ApiCaller admin() {
        return as(Role.ADMIN);
    }

    public ApiCaller warehouse() {
        return as(Role.WAREHOUSE);
    }

    /// A SKU no other test uses.
    public static String uniqueSku(String stem) {
        return stem + "-" + SEQ.incrementAndGet();
    }

    /// A valid EAN-13 no other test uses.
    public static String uniqueEan() {
        return Ean13.complete(String.format("40%010d", SEQ.incrementAndGet()));
    }

    public static Map<String, Object> variant(String sku, String ean, long priceCents) {
        Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("sku", sku);
        v.put("ean", ean);
        v.put("size", "M");
        v.put("colour", "red");
        v.put("priceCents", priceCents);
        return v;
    }

    /// A valid create body with one variant.
    public static Map<String, Object> productBody(String title, String sku) {
        Map<String, Object> b = new java.util.LinkedHashMap<>();
        b.put("title", title);
        b.put("brand", "Testwear");
        b.put("categoryId", DRESSES);
        b.put("season", "SS26");
        b.put("channels", List.of("WEB"));
        b.put("attributes", Map.of("material", "linen"));
        b.put("variants", new ArrayList<>(List.of(variant(sku, uniqueEan(), 4_999))));
        return b;
    }

    /// Creates a product as the merchandiser and returns it.
    public JsonNode createProduct(Map<String, Object> body) {
        var r = merch().post("/v1/products", body);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /// The change token now (for "what changed since").
    public String changeToken() {
        return shared.changeToken();
    }

    /// Changes after `since` for `resource`/`id`, as the admin sees them.
    public List<JsonNode> changesSince(String since, String resource, String id) {
        return shared.changesSince(since).stream()
                .filter(c -> c.path("resource").asText().equals(resource) && c.path("id").asText().equals(id))
                .toList();
    }

    /// Asserts exactly one change for the resource, with this op and version.
    public JsonNode assertOneChange(String since, String resource, String id, String op, long version) {
        List<JsonNode> found = changesSince(since, resource, id);
        assertThat(found).as("changes of %s %s since %s", resource, id, since).hasSize(1);
        JsonNode c = found.getFirst();
        assertThat(c.path("op").asText()).isEqualTo(op);
        assertThat(c.path("version").asLong()).isEqualTo(version);
        return c;
    }

    /// The fixed catalog, inserted as a seeder would (no change-feed rows).
    private static final class Fixtures implements DomainModule {
        @Override
        public void register(ModuleContext context) {
        }

        @Override
        public Optional<Seeder> seeder() {
            return Optional.of((db, scale) -> {
                ObjectMapper m = Json.newMapper();
                CatalogStore catalog = new CatalogStore(m);
                InventoryStore inventory = new InventoryStore(m);
                Instant t = Instant.parse("2026-01-10T09:00:00Z");
                db.jdbi().useTransaction(h -> {
                    catalog.categories().insert(h, new Category(DRESSES, "Dresses", null, List.of(
                            new CategoryAttribute("material", "Material", CategoryAttribute.Type.TEXT, List.of(),
                                    List.of(Channel.WEB)),
                            new CategoryAttribute("fit", "Fit", CategoryAttribute.Type.ENUM,
                                    List.of("SLIM", "REGULAR"), List.of())), 1));
                    catalog.categories().insert(h, new Category(SHIRTS, "Shirts", null, List.of(), 1));
                    inventory.locations().insert(h, new Location(WH_BER, "Berlin warehouse", LocationType.WAREHOUSE,
                            "Berlin", "DE", 400, 1));
                    inventory.locations().insert(h, new Location(WH_HAM, "Hamburg warehouse", LocationType.WAREHOUSE,
                            "Hamburg", "DE", 300, 1));
                    inventory.locations().insert(h, new Location(ST_MUC, "Munich store", LocationType.STORE,
                            "Munich", "DE", 20, 1));
                    Product dress = new Product(DRESS, "Linen Summer Dress", "Light and airy", "Aurelia", DRESSES,
                            "SS26", ProductStatus.ACTIVE, Map.of("material", "linen"), List.of(Channel.WEB, Channel.APP),
                            List.of(new Variant(DRESS_SKU, Ean13.complete("400000000001"), "S", "navy", 8_999L,
                                    12_999L, 3_000L, 350)),
                            List.of(new Media(DRESS_MEDIA, "dress.png", "image/png", 1_000, 600, 800, "Front",
                                    0, ProductService.contentUrl(DRESS_MEDIA), t)),
                            DRESS_MEDIA, t, t, 1);
                    Product shirt = new Product(DRAFT_SHIRT, "Oxford Shirt", null, "Northway", SHIRTS, "AW26",
                            ProductStatus.DRAFT, Map.of(), List.of(Channel.MARKETPLACE),
                            List.of(new Variant("NWY-OXF-WHT-M", Ean13.complete("400000000002"), "M", "white", 5_999L,
                                    null, null, null)), List.of(), null, t, t, 1);
                    for (Product p : List.of(dress, shirt)) {
                        catalog.products().insert(h, p);
                        catalog.syncSkus(h, p);
                    }
                    catalog.insertMedia(h, new CatalogStore.MediaRow(DRESS_MEDIA, DRESS, "dress.png", "image/png", 1_000,
                            "0".repeat(64), "generated:" + DRESS + ":1"), t);
                    inventory.insertStock(h, new StockLevel(InventoryStore.stockId(WH_BER, DRESS_SKU), WH_BER,
                            DRESS_SKU, "A-01", 50, 5, 45, 0, 10, 40, t, 1));
                    inventory.insertStock(h, new StockLevel(InventoryStore.stockId(WH_HAM, DRESS_SKU), WH_HAM,
                            DRESS_SKU, null, 10, 0, 10, 0, null, null, t, 1));
                });
            });
        }
    }
}
