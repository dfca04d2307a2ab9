package com.trendythreads.opsdesk.viewmodels.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.cache.io.Table;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The order list on sam.support's real cache of the TINY demo platform: search, every filter, newest first,
/// saved views that outlive the screen, the export of what is shown; and the detail as MARKETING sees it
/// (masked e-mail shown as masked, no refund).
class OrdersViewModelTest {

    @TempDir
    static Path tmp;

    static DemoPlatform platform;
    static OrdersDesk desk;
    static List<Order> cached;

    @BeforeAll
    static void start() {
        platform = OrdersDesk.platform(tmp.resolve("platform"));
        desk = new OrdersDesk(platform, tmp.resolve("cache"), "sam.support");
        cached = desk.data.orders().all();
        assertThat(cached).hasSizeGreaterThan(20);
    }

    @AfterAll
    static void stop() {
        desk.close();
        platform.close();
    }

    private static OrdersViewModel opened() {
        OrdersViewModel vm = desk.list();
        vm.activate();
        assertThat(vm.loadedProperty().get()).isTrue();
        return vm;
    }

    @Test
    void listsEveryCachedOrderNewestFirst() {
        OrdersViewModel vm = opened();
        assertThat(vm.rows()).hasSize(cached.size());
        assertThat(vm.rows()).extracting(r -> r.row().placedAt())
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(vm.summaryProperty().get()).isEqualTo(cached.size() + " of " + cached.size() + " orders");
    }

    @Test
    void searchesByNumberCustomerEmailAndSku() {
        OrdersViewModel vm = opened();
        Order o = cached.get(cached.size() / 2);
        vm.searchProperty().set(o.number().toLowerCase());
        assertThat(vm.rows()).extracting(OrderRowItem::id).containsExactly(o.id());

        vm.searchProperty().set(o.customer().name().toUpperCase());
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.customer()).isEqualToIgnoringCase(o.customer().name()));

        vm.searchProperty().set(o.customer().email());
        assertThat(vm.rows()).extracting(OrderRowItem::id).contains(o.id());

        String sku = o.lines().getFirst().sku();
        vm.searchProperty().set(sku);
        long expected = cached.stream().filter(x -> x.lines().stream().anyMatch(l -> l.sku().contains(sku))).count();
        assertThat(vm.rows()).hasSize((int) expected).extracting(OrderRowItem::id).contains(o.id());
    }

    @Test
    void filtersByStatusChannelLocationDatesReturnsAndFlag() {
        OrdersViewModel vm = opened();
        vm.statusProperty().set(OrderStatus.SHIPPED);
        assertThat(vm.rows()).hasSize((int) cached.stream().filter(o -> o.status() == OrderStatus.SHIPPED).count())
                .allSatisfy(r -> assertThat(r.row().status()).isEqualTo(OrderStatus.SHIPPED));
        vm.statusProperty().set(null);

        vm.channelProperty().set(OrderChannel.WEB);
        vm.locationProperty().set(cached.getFirst().locationId());
        assertThat(vm.rows()).hasSize((int) cached.stream().filter(o -> o.channel() == OrderChannel.WEB
                && o.locationId().equals(cached.getFirst().locationId())).count());
        vm.clearFilters();

        LocalDate day = cached.getFirst().placedAt().atZone(ZoneId.systemDefault()).toLocalDate();
        vm.fromProperty().set(day);
        vm.toProperty().set(day);
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(
                r.row().placedAt().atZone(ZoneId.systemDefault()).toLocalDate()).isEqualTo(day));
        assertThat(vm.rows()).hasSize((int) cached.stream()
                .filter(o -> o.placedAt().atZone(ZoneId.systemDefault()).toLocalDate().equals(day)).count());
        vm.clearFilters();

        vm.hasReturnProperty().set(true);
        assertThat(vm.rows()).hasSize((int) cached.stream().filter(o -> !o.returns().isEmpty()).count());
        vm.hasReturnProperty().set(false);
        assertThat(vm.rows()).hasSize((int) cached.stream().filter(o -> o.returns().isEmpty()).count());
        vm.clearFilters();
        vm.flaggedProperty().set(true);
        assertThat(vm.rows()).hasSize((int) cached.stream().filter(Order::flagged).count());
    }

    @Test
    void savedViewsAreKeptPerUserAndApplyAgain() {
        OrdersViewModel vm = opened();
        vm.statusProperty().set(OrderStatus.DELIVERED);
        vm.hasReturnProperty().set(true);
        vm.saveView("Delivered returns");
        int shown = vm.rows().size();

        OrdersViewModel later = opened(); // the same user opens the screen again
        assertThat(later.savedViews()).extracting(OrderFilters::name).containsExactly("Delivered returns");
        later.applyView(later.savedViews().getFirst());
        assertThat(later.statusProperty().get()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(later.rows()).hasSize(shown);
        assertThat(desk.settings.get("orders.savedViews.sam.support")).isPresent();
    }

    @Test
    void exportsWhatIsShown() {
        OrdersViewModel vm = opened();
        vm.statusProperty().set(OrderStatus.SHIPPED);
        Path file = tmp.resolve("orders.csv");
        vm.export(file);
        Table t = TableFiles.read(file);
        assertThat(t.header()).startsWith("Number", "Placed", "Customer", "E-mail");
        assertThat(t.rows()).hasSize(vm.rows().size());
        assertThat(t.rows()).extracting(r -> r.getFirst()).containsExactlyElementsOf(
                vm.rows().stream().map(OrderRowItem::number).toList());
        // lane audit: the export is reported to the platform through the outbox
        assertThat(desk.data.audit().pendingExportReports()).isEqualTo(1);
        desk.push();
        assertThat(desk.data.audit().pendingExportReports()).isZero();
    }

    @Test
    void theDetailShowsLinesPaymentsAndTheTimelineOldestFirst() {
        OrdersViewModel vm = opened();
        Order o = cached.stream().filter(x -> x.timeline().size() >= 3).findFirst().orElseThrow();
        vm.open(vm.rows().stream().filter(r -> r.id().equals(o.id())).findFirst().orElseThrow());
        OrderDetailViewModel d = vm.detail();
        assertThat(d.titleProperty().get()).isEqualTo(o.number());
        assertThat(d.lines()).hasSize(o.lines().size());
        assertThat(d.payments()).hasSize(o.payments().size());
        assertThat(d.timeline()).hasSize(o.timeline().size());
        assertThat(d.timeline().getFirst().what()).isEqualTo("Placed");
        // SUPPORT is a PII role: the real e-mail, which may be offered as a contact
        assertThat(d.emailProperty().get()).doesNotContain("***");
        assertThat(d.emailMaskedProperty().get()).isFalse();
    }

    @Test
    void olderOrdersComeFromThePlatformMarkedNotCachedAndAreNeverStored() {
        OrdersViewModel vm = opened();
        long cachedBefore = desk.data.orders().count();
        vm.searchOlder();
        java.util.List<OrderRowItem> older = vm.rows().stream().filter(OrderRowItem::notCached).toList();
        assertThat(older).as("the seed has 180 days of orders, the cache keeps 90").isNotEmpty();
        java.time.Instant windowStart = java.time.Instant.now().minus(java.time.Duration.ofDays(90));
        assertThat(older).allSatisfy(r -> assertThat(r.row().placedAt()).isBefore(windowStart));
        assertThat(vm.rows().subList(0, vm.rows().size() - older.size())).noneMatch(OrderRowItem::notCached);
        assertThat(vm.summaryProperty().get()).endsWith("+ " + older.size() + " older (not cached)");
        assertThat(desk.data.orders().count()).isEqualTo(cachedBefore);
        assertThat(desk.data.orders().get(older.getFirst().id())).isEmpty();

        vm.open(older.getFirst());
        assertThat(vm.detail().titleProperty().get()).isEqualTo(older.getFirst().number() + " · not cached");
        assertThat(vm.detail().refundBlockedProperty().get())
                .isEqualTo("This order is older than the local window and is shown read-only");
    }

    @Test
    void withoutThePlatformTheOlderSearchSaysSoAndChangesNothing() {
        OrdersContext c = desk.context();
        OrdersContext offline = new OrdersContext(c.data(), c.actions(), c.user(), c.runner(), c.notifier(), c.i18n(),
                c.clock(), c.links(), null);
        OrdersViewModel vm = new OrdersViewModel(offline, desk.settings);
        vm.activate();
        int shown = vm.rows().size();
        vm.searchOlder();
        assertThat(desk.notifier.errors).anyMatch(e -> e.contains("needs the platform"));
        assertThat(vm.rows()).hasSize(shown).noneMatch(OrderRowItem::notCached);
    }
}
