package com.trendythreads.opsdesk.viewmodels.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.inventory.Location;
import com.trendythreads.opsdesk.api.dto.inventory.LocationType;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.io.Table;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.cache.kpi.DrillTable;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.cache.kpi.KpiFilter;
import com.trendythreads.opsdesk.cache.kpi.KpiValue;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.repo.AuditData;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.dashboard.KpiTileViewModel.State;
import com.trendythreads.opsdesk.viewmodels.dashboard.KpiTileViewModel.Trend;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import com.trendythreads.opsdesk.viewmodels.shell.Workspaces;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The KPI tiles screen over a stand-in source (the real sources are tested in offline-cache): what each
/// tile says, which filter the sources get, that a change recomputes only its tiles, the drill-down, the
/// offline "as of", the CSV and PNG exports and their reports to the audit log. No toolkit, everything on the
/// test's thread.
class DashboardViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:15:00Z");
    /// 23:30 UTC is already the next day in Berlin, the shop's calendar.
    private static final Instant LATE = Instant.parse("2026-11-26T23:30:00Z");

    @TempDir
    Path tmp;

    private final Fakes.Status status = new Fakes.Status();
    private final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    private final SessionState sessions = new SessionState();
    private final I18n i18n = new I18n(new InMemorySettingsStore());
    private final RecordLinks links = new RecordLinks();
    private final List<RecordLinks.Link> opened = new ArrayList<>();
    private final StandInKpiSource source = new StandInKpiSource();
    private final DashboardChoices choices = new DashboardChoices(
            List.of(new Location("WH-BER", "Berlin warehouse", LocationType.WAREHOUSE, "Berlin", "DE", 10, 1),
                    new Location("ST-HAM", "Hamburg store", LocationType.STORE, "Hamburg", "DE", 2, 1)),
            List.of(new Category("women", "Women", null, List.of(), 1),
                    new Category("women-dresses", "Dresses", "women", List.of(), 1),
                    new Category("women-dresses-maxi", "Maxi dresses", "women-dresses", List.of(), 1),
                    new Category("men", "Men", null, List.of(), 1)));
    private CacheDatabase db;
    private KpiSources sources;
    private DashboardViewModel vm;

    @BeforeEach
    void setUp() {
        // A real cache behind the session: the exports are reported through its outbox.
        db = CacheDatabase.open(tmp.resolve("cache"), "http://127.0.0.1:9/", "mona.manager", "demo".toCharArray(),
                new CacheOptions(1_000, 0));
        LocalData data = new LocalData(db, new LocalEdits(db, new LocalTables(), Clock.fixed(NOW, ZoneOffset.UTC),
                () -> { }));
        sessions.signedIn(new UserSession("http://127.0.0.1:9/", Fakes.user("mona.manager", "Mona Manager", "MANAGER"),
                false, false, null, status, null, data, () -> { }));
        // Net sales: €12,345.67 today against €10,000.00 a week ago, a rising trend (from €10,000 on, whole euros).
        source.set(Kpi.NET_SALES, 1_234_567.0, 1_000_000.0, List.of(900_000.0, 1_100_000.0, 1_234_567.0));
        source.set(Kpi.ORDERS, 42.0, 50.0, List.of());
        // Returns: 12 % of units against 10 %: up 2 points, which is bad news.
        source.set(Kpi.RETURN_RATE_UNITS, 0.12, 0.10, List.of());
        // 96.012 % against 96.000 %: 0.012 points, too small to show at one decimal, so no move.
        source.set(Kpi.FILL_RATE, 0.96012, 0.96, List.of());
        // 2,235 weeks of cover: "99+", the exact figure says nothing more.
        source.set(Kpi.WEEKS_OF_COVER, 2235.2, null, List.of());
        source.set(Kpi.PICKS_PER_HOUR, 61.54, 58.0, List.of());
        // One SLA breach against none: no percentage from nothing, the difference itself.
        source.set(Kpi.SLA_BREACHES, 1.0, 0.0, List.of());
        // Nothing sold: nothing to divide by.
        source.set(Kpi.AVERAGE_ORDER_VALUE, null, null, List.of());
        source.values.put(Kpi.CONVERSION_RATE, KpiValue.missing(Kpi.CONVERSION_RATE, KpiValue.Source.UNAVAILABLE));
        source.values.put(Kpi.OPEN_TICKETS, KpiValue.missing(Kpi.OPEN_TICKETS, KpiValue.Source.NOT_PERMITTED));
        sources = new KpiSources(sessions, s -> List.of(source), s -> choices);
        links.requestedProperty().addListener((o, a, l) -> {
            if (l != null) {
                opened.add(l);
            }
        });
        vm = new DashboardViewModel(sources, sessions, links, Workspaces.standard(), TaskRunner.direct(), notifier, i18n,
                Clock.fixed(NOW, ZoneOffset.UTC));
        vm.activate();
    }

    @AfterEach
    void closeCache() {
        db.close();
    }

    @Test
    void aDashboardOpenedBeforeTheFirstSyncGetsItsLocationsWhenTheSyncHasRun() {
        vm.deactivate();
        List<DashboardChoices> cache = new ArrayList<>(List.of(DashboardChoices.NONE));
        KpiSources early = new KpiSources(sessions, s -> List.of(source), s -> cache.getFirst());
        DashboardViewModel atSignIn = new DashboardViewModel(early, sessions, links, Workspaces.standard(),
                TaskRunner.direct(), notifier, i18n, Clock.fixed(NOW, ZoneOffset.UTC));
        atSignIn.activate();
        assertThat(atSignIn.filters().locations()).extracting(FilterChoice::id).containsExactly((String) null);

        cache.set(0, choices); // the initial sync has filled the cache
        status.publish(new SyncStatus(Connectivity.ONLINE, NOW, 0, 0, 0, null, null));

        assertThat(atSignIn.filters().locations()).extracting(FilterChoice::id).containsExactly(null, "WH-BER", "ST-HAM");
        atSignIn.deactivate();
    }

    @Test
    void eachTileShowsItsFigureFormattedWithChangeAndWhetherThatIsGoodNews() {
        KpiTileViewModel sales = vm.tile(Kpi.NET_SALES);
        assertThat(sales.stateProperty().get()).isEqualTo(State.READY);
        assertThat(sales.valueProperty().get()).isEqualTo("€12,346");
        // (12,345.67 − 10,000.00) / 10,000.00 = +23.4567 %
        assertThat(sales.changeProperty().get()).isEqualTo("+23.5%");
        assertThat(sales.previousProperty().get()).isEqualTo("vs €10,000");
        assertThat(sales.trendProperty().get()).isEqualTo(Trend.UP);
        assertThat(sales.goodNewsProperty().get()).isTrue();
        assertThat(sales.sparkline()).containsExactly(900_000.0, 1_100_000.0, 1_234_567.0);

        // (42 − 50) / 50 = −16 %: fewer orders is bad news.
        assertThat(vm.tile(Kpi.ORDERS).valueProperty().get()).isEqualTo("42");
        assertThat(vm.tile(Kpi.ORDERS).changeProperty().get()).isEqualTo("−16.0%");
        assertThat(vm.tile(Kpi.ORDERS).goodNewsProperty().get()).isFalse();

        KpiTileViewModel returns = vm.tile(Kpi.RETURN_RATE_UNITS);
        assertThat(returns.valueProperty().get()).isEqualTo("12.0%");
        assertThat(returns.changeProperty().get()).isEqualTo("+2.0 pp");
        assertThat(returns.goodNewsProperty().get()).as("more returns is bad news").isFalse();

        assertThat(vm.tile(Kpi.FILL_RATE).changeProperty().get()).isEqualTo("±0.0 pp");
        assertThat(vm.tile(Kpi.FILL_RATE).trendProperty().get()).isEqualTo(Trend.FLAT);
        assertThat(vm.tile(Kpi.FILL_RATE).goodNewsProperty().get()).isNull();

        assertThat(vm.tile(Kpi.AVERAGE_ORDER_VALUE).valueProperty().get()).isEqualTo("—");
        assertThat(vm.tile(Kpi.AVERAGE_ORDER_VALUE).changeProperty().get()).isEmpty();
        assertThat(vm.tile(Kpi.AVERAGE_ORDER_VALUE).trendProperty().get()).isEqualTo(Trend.NONE);

        assertThat(vm.tile(Kpi.CONVERSION_RATE).stateProperty().get()).isEqualTo(State.UNAVAILABLE);
        assertThat(vm.tile(Kpi.CONVERSION_RATE).noteProperty().get()).isEqualTo("Needs the platform");
        assertThat(vm.tile(Kpi.OPEN_TICKETS).stateProperty().get()).isEqualTo(State.NOT_PERMITTED);
        assertThat(vm.tile(Kpi.OPEN_TICKETS).noteProperty().get()).isEqualTo("Not available for your role");
        assertThat(vm.tile(Kpi.OPEN_TICKETS).valueProperty().get()).isEqualTo("—");
        assertThat(vm.tile(Kpi.WEEKS_OF_COVER).valueProperty().get()).isEqualTo("99+ wk");
        assertThat(vm.tile(Kpi.WEEKS_OF_COVER).changeProperty().get()).as("a snapshot has no comparison").isEmpty();
        assertThat(vm.tile(Kpi.PICKS_PER_HOUR).valueProperty().get()).isEqualTo("61.5/h");
        assertThat(vm.tile(Kpi.SLA_BREACHES).changeProperty().get()).isEqualTo("+1");
        assertThat(vm.tile(Kpi.SLA_BREACHES).goodNewsProperty().get()).as("more breaches is bad news").isFalse();
        // No source computes it: the tile says so instead of showing a zero.
        assertThat(vm.tile(Kpi.SELL_THROUGH).stateProperty().get()).isEqualTo(State.UNAVAILABLE);
        assertThat(vm.tile(Kpi.SELL_THROUGH).valueProperty().get()).isEqualTo("—");
        assertThat(vm.tile(Kpi.SELL_THROUGH).noteProperty().get()).isEqualTo("Not computed yet");
        assertThat(vm.tiles()).hasSize(Kpi.values().length);
        assertThat(vm.periodTextProperty().get()).isEqualTo("Nov 26, 2026, compared with Nov 19, 2026 · shop time (Berlin) now Nov 26, 2026, 11:15\u202fAM");
    }

    @Test
    void theFiltersBecomeTheSourcesFilter() {
        assertThat(source.filters.getLast()).isEqualTo(KpiFilter.days(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 26)));

        DashboardFilters f = vm.filters();
        assertThat(f.locations()).extracting(FilterChoice::label)
                .containsExactly("All locations", "Berlin warehouse", "Hamburg store");
        f.periodProperty().set(DashboardPeriod.LAST_7_DAYS);
        f.locationProperty().set(f.locations().get(1));
        f.channelProperty().set(f.channels().stream().filter(c -> "APP".equals(c.id())).findFirst().orElseThrow());
        f.categoryProperty().set(f.categories().stream().filter(c -> "Dresses".equals(c.label())).findFirst().orElseThrow());
        // 7 days ending today: 20 to 26 November; the category brings its sub-category.
        assertThat(source.filters.getLast()).isEqualTo(new KpiFilter(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 26),
                "WH-BER", "APP", Set.of("women-dresses", "women-dresses-maxi")));
        assertThat(vm.periodTextProperty().get()).startsWith("Nov 20, 2026 – Nov 26, 2026, compared with Nov 13, 2026 – Nov 19, 2026");

        f.periodProperty().set(DashboardPeriod.CUSTOM);
        f.customFromProperty().set(LocalDate.of(2026, 10, 31));
        f.customToProperty().set(LocalDate.of(2026, 10, 1));
        assertThat(source.filters.getLast().from()).as("a range given backwards").isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(source.filters.getLast().to()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void todayIsTheShopsDayNotTheUtcDay() {
        DashboardViewModel late = new DashboardViewModel(sources, sessions, links, Workspaces.standard(),
                TaskRunner.direct(), notifier, i18n, Clock.fixed(LATE, ZoneOffset.UTC));
        assertThat(late.currentFilter()).isEqualTo(KpiFilter.days(LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27)));
    }

    @Test
    void aChangeRecomputesOnlyTheFiguresItNames() {
        source.asked.clear();
        source.set(Kpi.ORDERS, 43.0, 50.0, List.of());
        source.set(Kpi.NET_SALES, 9_999_999.0, 1_000_000.0, List.of());
        source.fire(Set.of(Kpi.ORDERS));

        assertThat(source.asked).containsExactly(Kpi.ORDERS);
        assertThat(vm.tile(Kpi.ORDERS).valueProperty().get()).isEqualTo("43");
        assertThat(vm.tile(Kpi.NET_SALES).valueProperty().get()).as("not recomputed").isEqualTo("€12,346");
        assertThat(vm.liveUpdatesProperty().get()).isEqualTo(1);

        vm.deactivate();
        assertThat(source.listeners).as("no listener left behind").isEmpty();
        assertThat(status.listenerCount()).isZero();
    }

    @Test
    void aDrillDownLeadsProductsToTheCatalogAndOrdersToTheOrdersWorkspace() {
        source.tables.put(Kpi.NET_SALES, new DrillTable(Kpi.NET_SALES,
                List.of("drill.column.order", "drill.column.netSales", "drill.column.placedAt"),
                List.of(new DrillTable.Row(Target.ORDER, "o-1", List.of("TT-1001", 4_990L, Instant.parse("2026-11-26T08:00:00Z") /* 9:00 in Berlin */)),
                        new DrillTable.Row(Target.PRODUCT, "p-7", List.of("Linen dress", 12_000L, LocalDate.of(2026, 11, 26)))),
                5));
        vm.openTile(vm.tile(Kpi.NET_SALES));
        DrillDownViewModel d = vm.drill();
        assertThat(d.kpiProperty().get()).isEqualTo(Kpi.NET_SALES);
        assertThat(d.rows()).hasSize(2);
        assertThat(d.rows().getFirst().cells()).containsExactly("TT-1001", "€49.90", "Nov 26, 2026, 9:00\u202fAM");
        assertThat(d.summaryProperty().get()).isEqualTo("The first 2 of 5 records");

        d.open(d.rows().get(1));
        assertThat(opened).containsExactly(new RecordLinks.Link(Target.PRODUCT, "p-7"));
        assertThat(d.details()).isEmpty();

        // orders have their workspace now (issue 8): the row opens the order there
        d.open(d.rows().getFirst());
        assertThat(opened).containsExactly(new RecordLinks.Link(Target.PRODUCT, "p-7"),
                new RecordLinks.Link(Target.ORDER, "o-1"));
        assertThat(d.details()).isEmpty();

        d.close();
        assertThat(d.kpiProperty().get()).isNull();
    }

    @Test
    void aStockRowStaysInPlaceForARoleWithoutInventory() {
        sessions.signedIn(Fakes.session(Fakes.user("mark.marketing", "Mark Marketing", "MARKETING"), status, false,
                false, new ArrayList<>()));
        source.set(Kpi.OUT_OF_STOCK_RATE, 0.05, null, List.of());
        DashboardViewModel marketing = new DashboardViewModel(sources, sessions, links, Workspaces.standard(),
                TaskRunner.direct(), notifier, i18n, Clock.fixed(NOW, ZoneOffset.UTC));
        marketing.activate();
        source.tables.put(Kpi.OUT_OF_STOCK_RATE, new DrillTable(Kpi.OUT_OF_STOCK_RATE, List.of("drill.column.sku"),
                List.of(new DrillTable.Row(Target.STOCK, "WH-BER|TT-1-M", List.of("TT-1-M"))), 1));
        marketing.openTile(marketing.tile(Kpi.OUT_OF_STOCK_RATE));
        marketing.drill().open(marketing.drill().rows().getFirst());
        assertThat(opened).isEmpty();
        assertThat(marketing.drill().details()).extracting(DrillDownViewModel.Detail::value).contains("WH-BER|TT-1-M");
        assertThat(marketing.drill().detailsNoteProperty().get()).contains("Your role does not open this workspace");
    }

    @Test
    void offlineTheDashboardSaysAsOfTheLastSync() {
        assertThat(vm.asOfProperty().get()).isEmpty();
        status.publish(new SyncStatus(Connectivity.OFFLINE, Instant.parse("2026-11-26T09:40:00Z"), 0, 0, 0, null, null));
        assertThat(vm.asOfProperty().get()).isEqualTo("Offline: figures as of Nov 26, 2026, 9:40\u202fAM");
        status.publish(Fakes.IDLE);
        assertThat(vm.asOfProperty().get()).isEmpty();
    }

    @Test
    void theFiguresExportAsCsvOneRowPerTile() {
        Path file = tmp.resolve("kpis.csv");
        vm.exportValues(file);
        Table t = TableFiles.read(file);
        assertThat(t.header()).startsWith("Figure", "Value", "Comparison period", "Change", "Unit");
        assertThat(t.rows()).hasSize(Kpi.values().length);
        List<String> sales = t.rows().get(Kpi.NET_SALES.ordinal());
        // money in euros, the change as a fraction
        assertThat(sales.subList(1, 5)).containsExactly("12345.67", "10000.0", "0.234567", "EUR");
        assertThat(t.rows().get(Kpi.RETURN_RATE_UNITS.ordinal()).subList(1, 3)).containsExactly("12.0", "10.0");
        assertThat(notifier.infos).containsExactly("Saved kpis.csv.");
        assertThat(exportReports()).as("queued for the audit log").containsExactly(
                "{\"kind\":\"CSV\",\"entityType\":\"kpi\",\"count\":" + Kpi.values().length
                        + ",\"containsPii\":false,\"fileName\":\"kpis.csv\"}");
    }

    @Test
    void aPictureOfTheFiguresIsSavedAndReportedToTheAuditLogToo() throws Exception {
        Path file = tmp.resolve("board.png");
        vm.exportImage(file, new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB));
        assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(40);
        assertThat(notifier.infos).containsExactly("Saved board.png.");
        assertThat(exportReports()).as("queued for the audit log").containsExactly(
                "{\"kind\":\"PNG\",\"entityType\":\"kpi\",\"count\":" + Kpi.values().length
                        + ",\"containsPii\":false,\"fileName\":\"board.png\"}");
    }

    private List<String> exportReports() {
        return db.read(h -> h.createQuery("SELECT payload FROM outbox WHERE resource = :r ORDER BY seq")
                .bind("r", AuditData.EXPORT_RESOURCE).mapTo(String.class).list());
    }

    @Test
    void theSourcesCloseWhenTheSessionEnds() {
        assertThat(source.closed).isFalse();
        sessions.detach();
        assertThat(source.closed).isTrue();
    }
}
