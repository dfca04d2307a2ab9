package com.trendythreads.opsdesk.viewmodels.catalog.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.catalog.CatalogDesk;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.CatalogJobsViewModel;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.JobItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Bulk changes on a real cache synced from the TINY demo platform: preview of each operation, rounding,
/// invalid rows excluded, apply as one outbox entry per product with exactly the changed fields, undo.
class BulkChangeViewModelTest {

    @TempDir
    Path tmp;

    private CatalogDesk desk;
    private BulkChangeViewModel vm;
    private List<String> ids;

    @BeforeEach
    void setUp() {
        desk = new CatalogDesk(tmp, Locale.ENGLISH);
        vm = new BulkChangeViewModel(desk.session, desk.runner, desk.i18n, desk.notifier);
        ids = desk.productIds(20);
        vm.start(ids);
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    private Map<String, Long> prices() {
        Map<String, Long> out = new HashMap<>();
        for (String id : ids) {
            desk.data().products().get(id).orElseThrow().variants().forEach(v -> out.put(v.sku(), v.priceCents()));
        }
        return out;
    }

    private Map<String, Variant> variants() {
        Map<String, Variant> out = new HashMap<>();
        for (String id : ids) {
            desk.data().products().get(id).orElseThrow().variants().forEach(v -> out.put(v.sku(), v));
        }
        return out;
    }

    private void price(PriceMode mode, String amount, Rounding rounding) {
        vm.operationProperty().set(BulkOperation.PRICE);
        vm.priceModeProperty().set(mode);
        vm.amountProperty().set(amount);
        vm.roundingProperty().set(rounding);
        vm.previewCommand().execute();
    }

    @Test
    void minusTenPercentListsEveryVariantPriceBeforeAndAfter() {
        Map<String, Long> before = prices();
        price(PriceMode.PERCENT, "-10", Rounding.NONE);

        assertThat(vm.rows()).hasSize(before.size());
        for (PreviewRow r : vm.rows()) {
            long was = before.get(r.sku());
            long expected = BigDecimal.valueOf(was * 90L).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue();
            assertThat(r.before().asLong()).isEqualTo(was);
            assertThat(r.after().asLong()).as(r.sku()).isEqualTo(expected);
            assertThat(r.fieldLabel()).isEqualTo("Price");
            assertThat(r.beforeText()).startsWith("€");
        }
        long invalid = vm.rows().stream().filter(r -> !r.valid()).count();
        assertThat(vm.confirmation()).isEqualTo("Change " + (before.size() - invalid) + " prices on "
                + vm.rows().stream().filter(PreviewRow::valid).map(PreviewRow::productId).distinct().count() + " products?");
        assertThat(vm.selectionProperty().get()).isEqualTo("20 products, " + before.size() + " variants");
    }

    @Test
    void roundingGivesTheChosenEndings() {
        price(PriceMode.PERCENT, "-10", Rounding.END_99);
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.after().asLong() % 100).isEqualTo(99));
        price(PriceMode.PERCENT, "+7,5", Rounding.END_95);
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.after().asLong() % 100).isEqualTo(95));
        price(PriceMode.AMOUNT, "-3.33", Rounding.WHOLE);
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.after().asLong() % 100).isZero());

        assertThat(Rounding.END_99.apply(4499)).isEqualTo(4499);
        assertThat(Rounding.END_99.apply(4500)).isEqualTo(4499);
        assertThat(Rounding.END_99.apply(4550)).isEqualTo(4599);
        assertThat(Rounding.END_95.apply(4997)).isEqualTo(4995);
        assertThat(Rounding.END_95.apply(40)).isEqualTo(95);
        assertThat(Rounding.WHOLE.apply(4450)).isEqualTo(4500);
    }

    @Test
    void absoluteAndAmountAndInvalidRowsAreMarkedWithTheRuleInWords() {
        price(PriceMode.SET, "49,99", Rounding.NONE);
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.after().asLong()).isEqualTo(4999));

        // Below zero: every row refused with the rule's words.
        price(PriceMode.AMOUNT, "-100000", Rounding.NONE);
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.valid()).isFalse();
            assertThat(r.reason()).contains("Price: Must be at least 0.");
        });
        assertThat(vm.applyCommand().isExecutable()).isFalse();

        // Far above: variants that have a compare-at price are refused, the others are fine.
        Map<String, Variant> variants = variants();
        price(PriceMode.SET, "100000", Rounding.NONE);
        Set<String> withCompareAt = variants.values().stream().filter(v -> v.compareAtPriceCents() != null)
                .map(Variant::sku).collect(Collectors.toSet());
        assertThat(withCompareAt).as("TINY has compare-at prices").isNotEmpty();
        for (PreviewRow r : vm.rows()) {
            assertThat(r.valid()).as(r.sku()).isEqualTo(!withCompareAt.contains(r.sku()));
            if (!r.valid()) {
                assertThat(r.reason()).isEqualTo("Compare-at price: The compare-at price must be above the price.");
            }
        }
        assertThat(vm.amountErrorProperty().get()).isEmpty();
        vm.amountProperty().set("ten");
        assertThat(vm.amountErrorProperty().get()).isEqualTo("Not a number.");
        assertThat(vm.previewCommand().isExecutable()).isFalse();
    }

    @Test
    void statusChannelAttributeAndCompareAtOperations() {
        vm.operationProperty().set(BulkOperation.STATUS);
        vm.statusProperty().set(ProductStatus.ARCHIVED);
        vm.previewCommand().execute();
        long notArchived = ids.stream().filter(id -> desk.data().products().get(id).orElseThrow().status()
                != ProductStatus.ARCHIVED).count();
        assertThat(vm.rows()).hasSize((int) notArchived).allSatisfy(r -> {
            assertThat(r.sku()).isEmpty();
            assertThat(r.afterText()).isEqualTo("Archived");
        });

        vm.operationProperty().set(BulkOperation.CHANNEL);
        vm.channelActionProperty().set(ChannelAction.REMOVE);
        vm.channelProperty().set(Channel.WEB);
        vm.previewCommand().execute();
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.beforeText()).contains("Web");
            assertThat(r.afterText()).doesNotContain("Web");
        });

        vm.operationProperty().set(BulkOperation.ATTRIBUTE);
        vm.attributeCodeProperty().set("pattern");
        vm.attributeValueProperty().set("Striped");
        vm.previewCommand().execute();
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.afterText()).isEqualTo("Striped"));
        vm.attributeValueProperty().set("Polka");
        vm.previewCommand().execute();
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.valid()).isFalse();
            assertThat(r.reason()).startsWith("Attribute pattern: One of: Solid, Striped");
        });

        vm.operationProperty().set(BulkOperation.COMPARE_AT);
        vm.priceModeProperty().set(PriceMode.CLEAR);
        vm.previewCommand().execute();
        assertThat(vm.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.after().isNull()).isTrue());
    }

    @Test
    void applyWritesOneOutboxEntryPerProductWithOnlyThePricesAndUndoRestoresThem() {
        Map<String, Variant> before = variants();
        price(PriceMode.PERCENT, "-10", Rounding.NONE);
        Map<String, Long> after = vm.rows().stream().filter(PreviewRow::valid)
                .collect(Collectors.toMap(PreviewRow::sku, r -> r.after().asLong()));
        long products = vm.rows().stream().filter(PreviewRow::valid).map(PreviewRow::productId).distinct().count();

        vm.applyCommand().execute();

        CatalogJobs.Job job = vm.job().jobProperty().get();
        assertThat(job.state()).isEqualTo(CatalogJobs.State.DONE);
        assertThat(job.changedFields()).isEqualTo(after.size());
        assertThat(vm.job().progressProperty().get()).isEqualTo(1.0);
        List<OutboxEntry> entries = desk.engine().outbox().entries();
        assertThat(entries).hasSize((int) products);
        assertThat(entries.stream().map(OutboxEntry::entityId).distinct()).hasSize((int) products);
        for (OutboxEntry e : entries) {
            assertThat(e.ifMatch()).isTrue();
            assertThat(e.payload().size()).as("only variants are sent").isEqualTo(1);
            for (JsonNode v : e.payload().get("variants")) {
                Variant was = before.get(v.get("sku").asText());
                assertThat(v.get("priceCents").asLong()).isEqualTo(after.get(was.sku()));
                assertThat(v.get("ean").asText()).isEqualTo(was.ean());
                assertThat(v.hasNonNull("compareAtPriceCents") ? v.get("compareAtPriceCents").asLong() : null)
                        .isEqualTo(was.compareAtPriceCents());
            }
        }
        variants().forEach((sku, v) -> assertThat(v.priceCents()).as(sku).isEqualTo(after.get(sku)));
        assertThat(vm.applyCommand().isExecutable()).as("a preview applies once").isFalse();

        // Someone changes one price meanwhile: the undo keeps it and says so.
        Product changed = desk.data().products().get(ids.getFirst()).orElseThrow();
        Variant first = changed.variants().getFirst();
        var variantsPatch = JsonNodeFactory.instance.arrayNode();
        for (Variant v : changed.variants()) {
            var n = CatalogDeskJson.variant(v);
            if (v.sku().equals(first.sku())) {
                n.put("priceCents", 1234);
            }
            variantsPatch.add(n);
        }
        desk.data().edits().update(ResourceType.PRODUCT, changed.id(),
                JsonNodeFactory.instance.objectNode().set("variants", variantsPatch), "Price by hand");

        assertThat(vm.job().undo().isExecutable()).isTrue();
        vm.job().undo().execute();

        variants().forEach((sku, v) -> assertThat(v.priceCents()).as(sku)
                .isEqualTo(sku.equals(first.sku()) ? 1234L : before.get(sku).priceCents()));
        assertThat(vm.job().kept()).singleElement().asString()
                .contains(changed.title()).contains("Price (" + first.sku() + ")").contains("€12.34");
        assertThat(vm.job().undo().isExecutable()).isFalse();

        CatalogJobsViewModel jobs = new CatalogJobsViewModel(desk.session, desk.runner, desk.i18n, desk.notifier);
        jobs.activate();
        assertThat(jobs.items()).hasSize(2);
        JobItem undo = jobs.items().get(0);
        JobItem bulk = jobs.items().get(1);
        assertThat(undo.description()).startsWith("Undo: Price -10 %");
        assertThat(bulk.state()).isEqualTo("Undone");
        assertThat(bulk.undoable()).isFalse();
        assertThat(undo.undoable()).isTrue();
        jobs.deactivate();
    }

    @Test
    void aPriceChangeOfFiftyProductsOrMoreAsksForThePasswordWhichThePlatformChecksBeforeQueueing() {
        // lane security (issue 10): updateProduct's x-bulk-step-up {minItems: 50}
        assertThat(vm.stepUp().neededProperty().get()).isFalse();
        price(PriceMode.PERCENT, "-10", Rounding.NONE);
        assertThat(vm.stepUp().neededProperty().get()).as("20 products").isFalse();

        BulkChangeViewModel big = new BulkChangeViewModel(desk.session, desk.runner, desk.i18n, desk.notifier);
        List<String> sixty = desk.productIds(60);
        big.start(sixty);
        big.operationProperty().set(BulkOperation.STATUS);
        big.previewCommand().execute();
        assertThat(big.stepUp().neededProperty().get()).as("not a price change").isFalse();

        big.operationProperty().set(BulkOperation.PRICE);
        big.priceModeProperty().set(PriceMode.PERCENT);
        big.amountProperty().set("-10");
        big.previewCommand().execute();
        long products = big.rows().stream().filter(PreviewRow::valid).map(PreviewRow::productId).distinct().count();
        assertThat(products).isGreaterThanOrEqualTo(50);
        assertThat(big.stepUp().neededProperty().get()).isTrue();
        assertThat(big.stepUp().hintProperty().get()).isEqualTo("This price change touches " + products
                + " products (50 or more): enter your password to apply it.");
        assertThat(big.applyCommand().isExecutable()).as("no password typed").isFalse();

        big.stepUp().passwordProperty().set("not-my-password");
        big.applyCommand().execute();
        assertThat(big.stepUp().errorProperty().get()).startsWith("Your password was not accepted; nothing was done.");
        assertThat(big.job().jobProperty().get()).as("no job").isNull();
        assertThat(desk.engine().outbox().entries()).as("nothing queued").isEmpty();
        assertThat(big.stepUp().passwordProperty().get()).as("the password is not kept").isEmpty();

        big.stepUp().passwordProperty().set("demo");
        big.applyCommand().execute();
        assertThat(big.stepUp().errorProperty().get()).isEmpty();
        assertThat(big.job().jobProperty().get().state()).isEqualTo(CatalogJobs.State.DONE);
        assertThat(desk.engine().outbox().entries()).hasSize((int) products);

        // "Undo this change" is the same price change back: the password again before anything is undone.
        big.job().undo().execute();
        assertThat(big.job().undoStepUp().waitingProperty().get()).isTrue();
        assertThat(big.job().undoStepUp().stepUp().hintProperty().get()).isEqualTo("This undo changes the prices of "
                + products + " products (50 or more): enter your password to undo it.");
        assertThat(big.job().jobProperty().get().undoable()).as("not undone yet").isTrue();
        big.job().undoStepUp().stepUp().passwordProperty().set("demo");
        big.job().undoStepUp().confirm().execute();
        assertThat(big.job().jobProperty().get().undoneBy()).isNotNull();
        assertThat(big.job().messageProperty().get()).startsWith("Undone: ");
    }
}
