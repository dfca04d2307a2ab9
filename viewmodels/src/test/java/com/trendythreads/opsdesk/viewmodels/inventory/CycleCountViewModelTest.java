package com.trendythreads.opsdesk.viewmodels.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A cycle count of one bin at Berlin: counted by scanning and typing, the variance in units and at cost,
/// posted as RECOUNT adjustments that leave the platform's on hand at the counted figures.
class CycleCountViewModelTest {

    @TempDir
    Path tmp;

    private InventoryFixture fx;
    private CycleCountViewModel vm;

    @BeforeEach
    void open() {
        fx = new InventoryFixture(tmp.resolve("cache"), "walt.warehouse");
        vm = new CycleCountViewModel(fx.source(), fx.runner, fx.notifier, fx.i18n);
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private int platformOnHand(String sku) {
        return fx.client.create(ResourcesApi.class).list("v1/stock", Map.of("locationId", "WH-BER", "sku", sku))
                .get("items").get(0).get("onHand").asInt();
    }

    private long costCents(String sku) {
        return fx.db.read(h -> h.createQuery("SELECT doc FROM products p JOIN product_variant v ON v.product_id = p.id"
                + " WHERE v.sku = :s").bind("s", sku).mapTo(String.class).one()).transform(d -> {
                    try {
                        for (var v : com.trendythreads.opsdesk.api.Json.mapper().readTree(d).get("variants")) {
                            if (v.get("sku").asText().equals(sku)) {
                                return v.get("costCents").asLong();
                            }
                        }
                        throw new AssertionError("no variant " + sku);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    @Test
    void countByBinScanAndTypeThenPostTheVariances() {
        assertThat(vm.locationProperty().get()).isEqualTo(vm.locations().getFirst());
        vm.locationProperty().set("WH-BER");
        String bin = fx.db.read(h -> h.createQuery("SELECT bin FROM stock WHERE location_id = 'WH-BER' AND bin IS NOT NULL"
                + " GROUP BY bin HAVING COUNT(*) >= 3 AND MIN(on_hand) >= 2 ORDER BY bin LIMIT 1").mapTo(String.class).one());
        vm.binFromProperty().set(bin);
        vm.binToProperty().set(bin);
        vm.generateCommand().execute();
        List<CycleCountViewModel.CountLine> lines = List.copyOf(vm.lines());
        assertThat(lines).hasSizeGreaterThanOrEqualTo(3).allSatisfy(l -> assertThat(l.bin()).isEqualTo(bin));
        assertThat(vm.variances()).isEmpty();
        assertThat(vm.postCommand().isExecutable()).isFalse();

        CycleCountViewModel.CountLine a = lines.get(0);
        CycleCountViewModel.CountLine b = lines.get(1);
        CycleCountViewModel.CountLine c = lines.get(2);
        String eanA = fx.db.read(h -> h.createQuery("SELECT ean FROM product_variant WHERE sku = :s")
                .bind("s", a.sku()).mapTo(String.class).one());

        // Scanning A's EAN twice counts 2 (one short of expected if it had 3...); B typed exactly; C typed 1 more.
        vm.scanProperty().set(eanA);
        vm.scan();
        vm.scanProperty().set(eanA + "\n");
        vm.scan();
        assertThat(a.countedProperty().get()).isEqualTo("2");
        assertThat(vm.scanFeedbackProperty().get()).contains(a.sku()).contains("2");
        vm.scanProperty().set("4000000000000");
        vm.scan();
        assertThat(vm.scanFeedbackProperty().get()).contains("4000000000000").contains("not on this sheet");
        b.countedProperty().set(Integer.toString(b.expected()));
        c.countedProperty().set(Integer.toString(c.expected() + 1));

        int varA = 2 - a.expected();
        assertThat(vm.variances()).extracting(CycleCountViewModel.VarianceItem::sku)
                .containsExactlyElementsOf(varA == 0 ? List.of(c.sku()) : List.of(a.sku(), c.sku()));
        CycleCountViewModel.VarianceItem vc = vm.variances().getLast();
        assertThat(vc.units()).isEqualTo("+1");
        assertThat(vc.value()).isEqualTo(String.format(java.util.Locale.ENGLISH, "€%,.2f", costCents(c.sku()) / 100.0));
        assertThat(vm.totalsProperty().get()).startsWith("3 of " + lines.size() + " lines counted");

        int beforeA = platformOnHand(a.sku());
        int beforeC = platformOnHand(c.sku());
        vm.postCommand().execute();
        assertThat(vm.lines()).isEmpty();
        List<OutboxEntry> queued = fx.engine.outbox().entries();
        assertThat(queued).hasSize(varA == 0 ? 1 : 2)
                .allSatisfy(e -> assertThat(e.payload().get("reason").asText()).isEqualTo("RECOUNT"));
        fx.push();
        assertThat(fx.engine.outbox().entries()).isEmpty();
        assertThat(platformOnHand(a.sku())).isEqualTo(beforeA + varA);
        assertThat(platformOnHand(c.sku())).isEqualTo(beforeC + 1);
    }

    @Test
    void countByCategory() {
        vm.locationProperty().set("ST-MUC");
        vm.byCategoryProperty().set(true);
        assertThat(vm.generateCommand().isExecutable()).isFalse();
        String cat = fx.db.read(h -> h.createQuery("SELECT p.category_id FROM stock s JOIN product_variant v ON v.sku = s.sku"
                + " JOIN products p ON p.id = v.product_id WHERE s.location_id = 'ST-MUC' GROUP BY p.category_id"
                + " ORDER BY COUNT(*) DESC LIMIT 1").mapTo(String.class).one());
        vm.categoryProperty().set(vm.categories().stream().filter(c -> cat.equals(c.id())).findFirst().orElseThrow());
        vm.generateCommand().execute();
        long expected = fx.db.read(h -> h.createQuery("SELECT COUNT(*) FROM stock s JOIN product_variant v ON v.sku = s.sku"
                + " JOIN products p ON p.id = v.product_id WHERE s.location_id = 'ST-MUC' AND p.category_id = :c")
                .bind("c", cat).mapTo(Long.class).one());
        assertThat(vm.lines()).hasSize((int) expected);
    }
}
