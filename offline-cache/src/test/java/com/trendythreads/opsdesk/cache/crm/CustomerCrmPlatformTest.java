package com.trendythreads.opsdesk.cache.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyAdjustment;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.service.CrmApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.sync.TestPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/// The customer desk's writes and GDPR requests against the real demo platform (TINY), through sam.support's
/// real encrypted cache with the sync engine driven by the test (`pushDue`, `catchUp`), so every step is
/// certain. One platform for the class: each test takes its own customer.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerCrmPlatformTest {

    private static final Set<OrderStatus> OPEN = EnumSet.of(OrderStatus.PLACED, OrderStatus.PAID,
            OrderStatus.PICKING, OrderStatus.PACKED);

    private Path tmp;

    private TestPlatform platform;
    private TestPlatform.Client desk;
    private LocalData data;
    private CustomerActions actions;
    private GdprRequests gdpr;
    private PlatformClient truth;
    private List<Order> platformOrders;

    @BeforeAll
    void start(@TempDir Path dir) {
        tmp = dir;
        platform = TestPlatform.start(tmp.resolve("platform"));
        desk = platform.desk(tmp.resolve("cache"), "sam.support");
        assertThat(desk.engine().initialSync()).isTrue();
        data = new LocalData(desk.db(), desk.engine().edits());
        actions = new CustomerActions(desk.engine().edits(), data.customers(), Clock.systemUTC());
        gdpr = new GdprRequests(() -> desk.engine().service(CrmApi.class),
                () -> desk.engine().service(com.trendythreads.opsdesk.api.auth.StepUpApi.class));
        truth = platform.client("ada.admin");
        platformOrders = TestPlatform.all(truth, "v1/orders", Map.of()).stream()
                .map(o -> com.trendythreads.opsdesk.api.Json.mapper().convertValue(o, Order.class)).toList();
    }

    @AfterAll
    void stop() {
        platform.close();
    }

    private Customer onPlatform(String id) {
        return truth.create(CrmApi.class).getCustomer(id).body();
    }

    /// Cached customers with at least one cached order, split by whether the platform holds an open order of theirs.
    private List<String> customersWithCachedOrders(boolean withOpenOrder) {
        Set<String> open = platformOrders.stream().filter(o -> OPEN.contains(o.status()))
                .map(o -> o.customer().id()).collect(Collectors.toSet());
        List<String> cached = desk.db().read(h -> h.createQuery(
                "SELECT DISTINCT o.customer_id FROM orders o JOIN customers c ON c.id = o.customer_id"
                        + " WHERE c.phone IS NOT NULL ORDER BY o.customer_id").mapTo(String.class).list());
        return cached.stream().filter(id -> open.contains(id) == withOpenOrder).toList();
    }

    @Test
    void aLoyaltyAdjustmentMadeOfflineShowsAtOnceAndArrivesOnce() {
        String id = customersWithCachedOrders(false).getLast();
        int before = onPlatform(id).loyaltyPoints();
        int adjustmentsBefore = onPlatform(id).adjustments().size();

        platform.stop();
        try {
            actions.adjustLoyalty(id, 150, "Parcel arrived late", "sam.support");
            Customer shown = data.customers().get(id).orElseThrow();
            assertThat(shown.loyaltyPoints()).as("the balance moves at once").isEqualTo(before + 150);
            assertThat(shown.adjustments().getLast()).extracting(LoyaltyAdjustment::points, LoyaltyAdjustment::reason)
                    .containsExactly(150, "Parcel arrived late");
            desk.engine().pushDue();
            assertThat(desk.engine().outbox().entries()).as("offline: still queued").hasSize(1);
        } finally {
            platform.restart();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            desk.engine().pushDue();
            return desk.engine().outbox().entries().isEmpty();
        });
        desk.engine().pushDue();

        Customer there = onPlatform(id);
        assertThat(there.loyaltyPoints()).isEqualTo(before + 150);
        assertThat(there.adjustments()).hasSize(adjustmentsBefore + 1);
        assertThat(there.adjustments().getLast().reason()).isEqualTo("Parcel arrived late");
        assertThat(there.adjustments().getLast().by()).isEqualTo("sam.support");
        assertThat(data.customers().get(id).orElseThrow().loyaltyPoints()).as("the platform's answer replaced mine")
                .isEqualTo(before + 150);
        assertThat(data.customers().get(id).orElseThrow().adjustments().getLast().id()).startsWith("loy_");
    }

    @Test
    void aBadAdjustmentIsRefusedBeforeAnythingIsQueued() {
        Customer c = data.customers().get(customersWithCachedOrders(false).getFirst()).orElseThrow();
        assertThat(CustomerActions.checkAdjustment(c, 0, "x")).extracting(v -> v.field() + " " + v.code())
                .containsExactly("points rule.loyalty.zero");
        assertThat(CustomerActions.checkAdjustment(c, 5, " ")).extracting(v -> v.field() + " " + v.code())
                .containsExactly("reason rule.required");
        assertThat(CustomerActions.checkAdjustment(c, -(c.loyaltyPoints() + 1), "Fraud"))
                .extracting(v -> v.field() + " " + v.code()).containsExactly("points rule.loyalty.belowZero");
        int queued = desk.engine().outbox().entries().size();
        try {
            actions.adjustLoyalty(c.id(), -(c.loyaltyPoints() + 1), "Fraud", "sam.support");
        } catch (IllegalArgumentException expected) {
            // refused locally
        }
        assertThat(desk.engine().outbox().entries()).hasSize(queued);
        assertThat(data.customers().get(c.id()).orElseThrow().loyaltyPoints()).isEqualTo(c.loyaltyPoints());
    }

    @Test
    void consentsAndTagsReachThePlatformAsMergePatches() {
        String id = customersWithCachedOrders(false).get(1);
        Customer before = onPlatform(id);
        actions.updateConsents(id, null, !before.consents().smsMarketing(), null);
        actions.updateTags(id, java.util.List.of("vip ", "late-parcel", "vip", " "));
        assertThat(data.customers().get(id).orElseThrow().tags()).containsExactly("vip", "late-parcel");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            desk.engine().pushDue();
            return desk.engine().outbox().entries().isEmpty();
        });
        Customer there = onPlatform(id);
        assertThat(there.consents().smsMarketing()).isEqualTo(!before.consents().smsMarketing());
        assertThat(there.consents().emailMarketing()).as("untouched").isEqualTo(before.consents().emailMarketing());
        assertThat(there.tags()).containsExactly("vip", "late-parcel");
    }

    @Test
    void theSearchFindsACustomerByNameEmailOrPhoneOverTheRealCache() {
        Customer c = data.customers().get(customersWithCachedOrders(false).get(2)).orElseThrow();
        String digits = c.phone().replaceAll("[^0-9]", "");
        long t0 = System.nanoTime();
        List<String> queries = List.of(c.lastName().toUpperCase(), c.firstName() + " " + c.lastName(),
                c.email().substring(0, c.email().indexOf('@')), digits.substring(digits.length() - 7));
        for (String q : queries) {
            assertThat(data.customers().search(q, 200)).as(q).extracting(Customer::id).contains(c.id());
        }
        long micros = (System.nanoTime() - t0) / 1_000 / queries.size();
        // Measured, not asserted: the figure goes to the log for the record.
        org.slf4j.LoggerFactory.getLogger(getClass()).info("Customer search over {} cached customers: {} µs per query",
                data.customers().count(), micros);
        assertThat(data.customers().search("zz-nobody-zz", 200)).isEmpty();
    }

    @Test
    void anErasureHeldByAnOpenOrderChangesNothingAndNamesTheOrder() {
        String id = customersWithCachedOrders(true).getFirst();
        Customer before = data.customers().get(id).orElseThrow();
        List<String> open = platformOrders.stream().filter(o -> o.customer().id().equals(id))
                .filter(o -> OPEN.contains(o.status())).map(Order::number).toList();

        GdprRequests.Outcome held = gdpr.erase(id, "Customer asked", "demo");
        desk.engine().catchUp();

        assertThat(held.kind()).isEqualTo(GdprRequests.Kind.HELD);
        assertThat(held.orderNumbers()).containsExactlyInAnyOrderElementsOf(open);
        assertThat(held.detail()).contains(open.getFirst());
        assertThat(data.customers().get(id)).contains(before);
        assertThat(onPlatform(id).email()).isEqualTo(before.email());
    }

    /// Lane access: GDPR export and erasure step up first; a wrong password does nothing and says so.
    @Test
    void aWrongStepUpPasswordDoesNothing() {
        String id = customersWithCachedOrders(false).getFirst();
        Customer before = onPlatform(id);
        GdprRequests.Outcome export = gdpr.export(id, "not-the-password");
        assertThat(export.kind()).isEqualTo(GdprRequests.Kind.STEP_UP_FAILED);
        assertThat(export.request()).isNull();
        assertThat(gdpr.erase(id, "Customer asked", "not-the-password").kind())
                .isEqualTo(GdprRequests.Kind.STEP_UP_FAILED);
        assertThat(onPlatform(id)).isEqualTo(before);
    }

    @Test
    void anExportComesBackAsPrettyJsonOfTheCustomer() throws Exception {
        String id = customersWithCachedOrders(false).getFirst();
        GdprRequests.Outcome done = gdpr.export(id, "demo");
        assertThat(done.kind()).isEqualTo(GdprRequests.Kind.DONE);
        Path file = tmp.resolve("export/" + id + ".json");
        GdprRequests.writeExport(done.request().exportData(), file);
        String text = Files.readString(file);
        assertThat(text).contains("\n  ").contains(data.customers().get(id).orElseThrow().email());
    }

    @Test
    void anErasurePurgesEveryLocalRowAboutTheCustomer() {
        List<String> candidates = customersWithCachedOrders(false);
        // One with a ticket too, when there is one, so tickets are checked as well.
        Set<String> withTickets = desk.db().read(h -> Set.copyOf(h.createQuery("SELECT customer_id FROM tickets")
                .mapTo(String.class).list()));
        String id = candidates.stream().filter(withTickets::contains).findFirst().orElse(candidates.getFirst());
        Customer c = data.customers().get(id).orElseThrow();
        String fullName = c.firstName() + " " + c.lastName();
        // Something of theirs in the outbox history and the bases too: an adjustment sent, consents queued.
        actions.adjustLoyalty(id, 10, "Goodwill", "sam.support");
        desk.engine().pushDue();
        actions.updateConsents(id, !c.consents().emailMarketing(), null, null);
        List<String> pii = List.of(c.email(), c.phone(), fullName);
        assertThat(cellsHolding(c.email())).as("the cache knows the customer before").isNotEmpty();
        assertThat(cellsHolding(fullName)).isNotEmpty();

        GdprRequests.Outcome done = gdpr.erase(id, "Customer asked", "demo");
        assertThat(done.kind()).as(done.detail()).isEqualTo(GdprRequests.Kind.DONE);
        desk.engine().catchUp();

        assertThat(data.customers().get(id)).isEmpty();
        for (String s : pii) {
            assertThat(cellsHolding(s)).as("cells holding " + s + " after the erasure, over " + textColumns().size()
                    + " text columns of " + tables()).isEmpty();
        }
        assertThat(desk.engine().outbox().entries()).as("the queued consent change is forgotten")
                .noneMatch(e -> e.entityId().equals(id));
    }

    private List<String> tables() {
        return desk.db().read(h -> h.createQuery("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'PUBLIC' ORDER BY table_name").mapTo(String.class).list());
    }

    private List<String[]> textColumns() {
        return desk.db().read(h -> h.createQuery("SELECT table_name, column_name FROM information_schema.columns"
                        + " WHERE table_schema = 'PUBLIC' AND data_type IN ('CHARACTER VARYING',"
                        + " 'CHARACTER LARGE OBJECT', 'CHARACTER', 'JSON', 'BINARY LARGE OBJECT')")
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list());
    }

    /// Every text cell of every table of the cache (resources, outbox, bases, conflicts, id map, history…)
    /// that holds `s`, as `table.column (rows)`.
    private List<String> cellsHolding(String s) {
        List<String[]> columns = textColumns();
        return desk.db().read(h -> {
            List<String> hits = new ArrayList<>();
            for (String[] col : columns) {
                long n = h.createQuery("SELECT COUNT(*) FROM \"" + col[0] + "\" WHERE CAST(\"" + col[1]
                        + "\" AS VARCHAR) LIKE :s").bind("s", "%" + s + "%").mapTo(Long.class).one();
                if (n > 0) {
                    hits.add(col[0] + "." + col[1] + " (" + n + ")");
                }
            }
            return hits;
        });
    }
}
