package com.trendythreads.opsdesk.viewmodels.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.governance.QualityRule;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.governance.GovernanceViewModel.FindingItem;
import com.trendythreads.opsdesk.viewmodels.governance.GovernanceViewModel.RuleItem;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The workspace over a hand-built cache: two products share an EAN, one is priced below cost, one customer
/// has no consent record.
class GovernanceViewModelTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;
    CacheDatabase db;
    LocalData data;
    final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    final RecordLinks links = new RecordLinks();

    @BeforeEach
    void build() {
        db = CacheDatabase.open(dir.resolve("cache"), "http://127.0.0.1:9/", "mona.manager", "demo".toCharArray(),
                new CacheOptions(1_000, 0));
        LocalTables tables = new LocalTables();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        data = new LocalData(db, new LocalEdits(db, tables, clock, () -> { }));
        db.write(tx -> {
            tables.upsert(tx.handle(), ResourceType.PRODUCT, List.of(
                    json(product("p-1", "Linen Shirt", new Variant("LS-M", "4006381333931", "M", "Sand", 2000L, null,
                            2500L, 200))),
                    json(product("p-2", "Wool Scarf", new Variant("WS-1", "4006381333931", "One", "Grey", 3000L, null,
                            900L, 100)))));
            tables.upsert(tx.handle(), ResourceType.CUSTOMER, List.of(json(new Customer("cus-9", "Jana", "Kunde",
                    "jana@example.com", "+49 30 1234", List.of(), null, LoyaltyTier.values()[0], 0, 0, 0, List.of(),
                    NOW, NOW, 1))));
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private GovernanceViewModel vm(SessionUser user) {
        InMemorySettingsStore settings = new InMemorySettingsStore();
        settings.setLocale(Locale.ENGLISH);
        return new GovernanceViewModel(() -> new GovernanceViewModel.Source(data, user), TaskRunner.direct(), notifier,
                new I18n(settings), Clock.fixed(NOW, ZoneOffset.UTC), links);
    }

    @Test
    void aManagerSeesEveryRuleWithItsCountAndTheRecordsOfTheSelectedOne() {
        GovernanceViewModel vm = vm(new SessionUser("mona.manager", "Mona", List.of("MANAGER"), Set.of()));
        vm.activate();

        assertThat(vm.rules()).extracting(RuleItem::rule).containsExactly(QualityRule.values());
        Map<QualityRule, Integer> counts = new java.util.EnumMap<>(QualityRule.class);
        vm.rules().forEach(r -> counts.put(r.rule(), r.count()));
        assertThat(counts).containsEntry(QualityRule.DUPLICATE_EAN, 2).containsEntry(QualityRule.PRICE_BELOW_COST, 1)
                .containsEntry(QualityRule.CUSTOMER_WITHOUT_CONSENT, 1)
                .containsEntry(QualityRule.PUBLISHED_WITHOUT_IMAGES, 2).containsEntry(QualityRule.MISSING_ATTRIBUTES, 0);
        // the first rule with findings is selected
        assertThat(vm.selectedProperty().get().rule()).isEqualTo(QualityRule.DUPLICATE_EAN);
        assertThat(vm.findings()).extracting(FindingItem::label).containsExactly("Linen Shirt", "Wool Scarf");
        assertThat(vm.rules().getFirst().trend()).containsExactly(0); // today's snapshot, the trend's first point

        vm.selectedProperty().set(vm.rules().stream().filter(r -> r.rule() == QualityRule.PRICE_BELOW_COST)
                .findFirst().orElseThrow());
        assertThat(vm.findings()).extracting(FindingItem::detail).containsExactly("LS-M: EUR 20.00 < EUR 25.00");
        vm.open(vm.findings().getFirst());
        assertThat(links.take(Target.PRODUCT)).map(RecordLinks.Link::id).contains("p-1");

        vm.selectedProperty().set(vm.rules().getLast());
        vm.open(vm.findings().getFirst());
        assertThat(links.take(Target.CUSTOMER)).map(RecordLinks.Link::id).contains("cus-9");
        assertThat(vm.exportContainsCustomerData()).isTrue();
    }

    @Test
    void aMerchandiserSeesTheCatalogRulesButNotTheCustomerOne() {
        GovernanceViewModel vm = vm(new SessionUser("mia.merch", "Mia", List.of("MERCHANDISER"), Set.of()));
        vm.activate();
        assertThat(vm.rules()).extracting(RuleItem::rule).doesNotContain(QualityRule.CUSTOMER_WITHOUT_CONSENT)
                .hasSize(4);
        assertThat(vm.exportContainsCustomerData()).isFalse();
        // MARKETING may list customers but is no PII role
        assertThat(GovernanceViewModel.rulesFor(new SessionUser("mark", "Mark", List.of("MARKETING"), Set.of())))
                .doesNotContain(QualityRule.CUSTOMER_WITHOUT_CONSENT);
    }

    @Test
    void theExportHasEveryFindingAndNoCustomerContact() throws Exception {
        GovernanceViewModel vm = vm(new SessionUser("ada.admin", "Ada", List.of("ADMIN"), Set.of()));
        vm.activate();
        Path file = dir.resolve("quality.csv");
        vm.export(file);

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.getFirst()).contains("Rule", "Kind", "Id", "Record", "What is wrong");
        assertThat(lines).hasSize(1 + 2 + 1 + 2 + 1);
        assertThat(String.join("\n", lines)).contains("cus-9").doesNotContain("Jana", "Kunde", "jana@", "1234");
        assertThat(notifier.infos).containsExactly("6 findings exported to quality.csv");
        assertThat(data.audit().pendingExportReports()).as("reported to the audit log").isEqualTo(1);
    }

    static JsonNode json(Object o) {
        return Json.mapper().valueToTree(o);
    }

    static Product product(String id, String title, Variant v) {
        return new Product(id, title, "About " + title, "Nordlicht", null, "AW26", ProductStatus.ACTIVE, Map.of(),
                List.of(Channel.WEB), List.of(v), List.of(), null, NOW, NOW, 1);
    }
}
