package com.trendythreads.opsdesk.cache.repo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.User;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.store.TableChange;
import com.trendythreads.opsdesk.cache.testkit.TestPlatform;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Each repository returns what the platform sent (as ada.admin: everything, unmasked), read from
/// the encrypted cache.
class RepositoriesTest {

    private static final ObjectMapper JSON = Json.mapper();
    private static final Map<ResourceType, List<JsonNode>> DOCS = new EnumMap<>(ResourceType.class);

    @TempDir
    static Path dir;
    private static CacheDatabase db;

    @BeforeAll
    static void fill() {
        TestPlatform platform = TestPlatform.shared();
        db = CacheDatabase.open(dir, platform.baseUrl(), "ada.admin", "demo".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000));
        LocalTables tables = new LocalTables();
        for (ResourceType type : ResourceType.values()) {
            List<JsonNode> docs = platform.all("ada.admin", type);
            DOCS.put(type, docs);
            db.write(tx -> {
                tables.upsert(tx.handle(), type, docs);
                tx.changedAll(type.table());
                return null;
            });
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static <T> List<T> all(ResourceType type, Class<T> dto) {
        return DOCS.get(type).stream().map(d -> JSON.convertValue(d, dto)).toList();
    }

    @Test
    void products() {
        ProductRepository repo = new ProductRepository(db);
        List<Product> products = all(ResourceType.PRODUCT, Product.class);
        Product p = products.stream().filter(x -> x.variants().size() >= 3).findFirst().orElseThrow();

        assertThat(repo.get(p.id())).contains(p);
        assertThat(repo.byEan(p.variants().get(2).ean())).contains(p);
        assertThat(repo.bySku(p.variants().get(1).sku())).contains(p);
        assertThat(repo.byEan("0000000000000")).isEmpty();
        assertThat(repo.get("prd_nope")).isEmpty();
        assertThat(repo.count()).isEqualTo(products.size());

        List<Product> active = products.stream()
                .filter(x -> x.status() == ProductStatus.ACTIVE && p.categoryId().equals(x.categoryId()))
                .sorted(Comparator.comparing(Product::title).thenComparing(Product::id)).toList();
        assertThat(active).isNotEmpty();
        assertThat(repo.list(ProductStatus.ACTIVE, p.categoryId(), 1_000)).isEqualTo(active);
        assertThat(repo.list(ProductStatus.ACTIVE, p.categoryId(), 1)).containsExactly(active.getFirst());
        assertThat(repo.list(null, null, 100_000)).hasSameSizeAs(products);
    }

    @Test
    void stock() {
        StockRepository repo = new StockRepository(db);
        List<StockLevel> levels = all(ResourceType.STOCK, StockLevel.class);
        StockLevel one = levels.get(levels.size() / 3);

        assertThat(repo.get(one.locationId(), one.sku())).contains(one);
        assertThat(repo.atLocation(one.locationId())).isEqualTo(levels.stream()
                .filter(l -> l.locationId().equals(one.locationId()))
                .sorted(Comparator.comparing(StockLevel::sku)).toList());
        assertThat(repo.forSku(one.sku())).isNotEmpty().allMatch(l -> l.sku().equals(one.sku()))
                .containsAll(levels.stream().filter(l -> l.sku().equals(one.sku())).toList());
    }

    @Test
    void orders() {
        OrderRepository repo = new OrderRepository(db);
        List<Order> orders = all(ResourceType.ORDER, Order.class);
        Order o = orders.get(orders.size() / 2);

        assertThat(repo.get(o.id())).contains(o);
        assertThat(repo.byNumber(o.number())).contains(o);
        assertThat(repo.byCustomer(o.customer().id())).contains(o)
                .isSortedAccordingTo(Comparator.comparing(Order::placedAt).reversed())
                .hasSize((int) orders.stream().filter(x -> x.customer().id().equals(o.customer().id())).count());
        Order newest = orders.stream().max(Comparator.comparing(Order::placedAt).thenComparing(Order::id)).orElseThrow();
        assertThat(repo.recent(5)).hasSize(5).startsWith(newest)
                .isSortedAccordingTo(Comparator.comparing(Order::placedAt).reversed());
        assertThat(repo.count()).isEqualTo(orders.size());
    }

    @Test
    void customers() {
        CustomerRepository repo = new CustomerRepository(db);
        List<Customer> customers = all(ResourceType.CUSTOMER, Customer.class);
        Customer c = customers.get(customers.size() / 2);

        assertThat(c.email()).doesNotContain("***");
        assertThat(repo.get(c.id())).contains(c);
        assertThat(repo.byEmail(c.email().toUpperCase())).contains(c);
        assertThat(repo.list(3)).hasSize(3);
        assertThat(repo.count()).isEqualTo(customers.size());
    }

    @Test
    void tickets() {
        TicketRepository repo = new TicketRepository(db);
        List<Ticket> tickets = all(ResourceType.TICKET, Ticket.class);
        Ticket t = tickets.stream().filter(x -> x.orderId() != null && x.customerId() != null).findFirst().orElseThrow();

        assertThat(repo.get(t.id())).contains(t);
        assertThat(repo.byCustomer(t.customerId())).contains(t).allMatch(x -> x.customerId().equals(t.customerId()));
        assertThat(repo.byOrder(t.orderId())).contains(t);
        long withStatus = tickets.stream().filter(x -> x.status() == t.status()).count();
        assertThat(repo.withStatus(t.status(), 10_000)).hasSize((int) withStatus).contains(t);
        assertThat(repo.withStatus(TicketStatus.CLOSED, 1)).hasSizeLessThanOrEqualTo(1);
        tickets.stream().filter(x -> x.assigneeId() != null).findFirst().ifPresent(a ->
                assertThat(repo.assignedTo(a.assigneeId())).contains(a).allMatch(x -> a.assigneeId().equals(x.assigneeId())));
    }

    @Test
    void pickLists() {
        PickListRepository repo = new PickListRepository(db);
        List<PickList> lists = all(ResourceType.PICK_LIST, PickList.class);
        assertThat(lists).isNotEmpty();
        PickList l = lists.getFirst();

        assertThat(repo.get(l.id())).contains(l);
        assertThat(repo.atLocation(l.locationId(), null)).contains(l)
                .hasSize((int) lists.stream().filter(x -> x.locationId().equals(l.locationId())).count());
        assertThat(repo.atLocation(l.locationId(), l.status())).contains(l).allMatch(x -> x.status() == l.status());
        if (l.assigneeId() != null) {
            assertThat(repo.assignedTo(l.assigneeId())).contains(l);
        }
    }

    @Test
    void campaignsAndPromoCodes() {
        CampaignRepository repo = new CampaignRepository(db);
        List<Campaign> campaigns = all(ResourceType.CAMPAIGN, Campaign.class);
        List<PromoCode> codes = all(ResourceType.PROMO_CODE, PromoCode.class);
        PromoCode code = codes.stream().filter(x -> x.campaignId() != null).findFirst().orElseThrow();
        Campaign c = campaigns.stream().filter(x -> x.id().equals(code.campaignId())).findFirst().orElseThrow();

        assertThat(repo.get(c.id())).contains(c);
        assertThat(repo.list(null)).hasSameSizeAs(campaigns);
        assertThat(repo.list(c.status())).contains(c).allMatch(x -> x.status() == c.status());
        assertThat(repo.list(CampaignStatus.CANCELLED)).allMatch(x -> x.status() == CampaignStatus.CANCELLED);
        assertThat(repo.promoCode(code.code())).contains(code);
        assertThat(repo.promoCodesOf(c.id())).contains(code).allMatch(x -> c.id().equals(x.campaignId()));
    }

    @Test
    void referenceLists() {
        ReferenceRepository repo = new ReferenceRepository(db);
        assertThat(repo.categories()).hasSameSizeAs(DOCS.get(ResourceType.CATEGORY)).isNotEmpty();
        assertThat(repo.locations()).hasSameSizeAs(DOCS.get(ResourceType.LOCATION)).isNotEmpty();
        assertThat(repo.users()).hasSameSizeAs(DOCS.get(ResourceType.USER)).isNotEmpty();
        assertThat(repo.segments()).hasSameSizeAs(DOCS.get(ResourceType.SEGMENT));
        assertThat(repo.macros()).hasSameSizeAs(DOCS.get(ResourceType.MACRO));
        User walt = repo.userByUsername("walt.warehouse").orElseThrow();
        assertThat(walt.homeLocationId()).isEqualTo("WH-BER");
        assertThat(repo.user(walt.id())).contains(walt);
        assertThat(repo.location("WH-BER")).isPresent();
        var category = repo.categories().getFirst();
        assertThat(repo.category(category.id())).contains(category);
        assertThat(repo.childCategories(null)).isNotEmpty().allMatch(x -> x.parentId() == null);
        assertThat(repo.categories().stream().map(x -> x.parentId()).filter(Objects::nonNull).distinct())
                .allSatisfy(parent -> assertThat(repo.childCategories(parent)).isNotEmpty());
    }

    @Test
    void onChangeHearsOnlyTheRepositorysTables() {
        List<TableChange> products = new CopyOnWriteArrayList<>();
        List<TableChange> refs = new CopyOnWriteArrayList<>();
        var a = new ProductRepository(db).onChange(products::add);
        var b = new ReferenceRepository(db).onChange(refs::add);
        try {
            db.write(tx -> {
                tx.changed("products", List.of("prd_000001"));
                tx.changed("orders", List.of("ord_1"));
                return null;
            });
            db.write(tx -> {
                tx.changedAll("macros");
                return null;
            });
        } finally {
            a.close();
            b.close();
        }
        assertThat(products).containsExactly(new TableChange("products", java.util.Set.of("prd_000001"), false));
        assertThat(refs).containsExactly(new TableChange("macros", java.util.Set.of(), true));
        // closed: nothing more arrives
        db.write(tx -> {
            tx.changed("products", List.of("prd_000002"));
            return null;
        });
        assertThat(products).hasSize(1);
    }
}
