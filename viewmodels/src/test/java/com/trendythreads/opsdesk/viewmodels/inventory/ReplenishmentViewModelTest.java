package com.trendythreads.opsdesk.viewmodels.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.trendythreads.opsdesk.cache.io.Table;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Replenishment for Berlin on mona.manager's real cache: every level gets a suggestion whose figures
/// follow the stated rules, and the suggestion exports as CSV.
class ReplenishmentViewModelTest {

    @TempDir
    Path tmp;

    private InventoryFixture fx;
    private ReplenishmentViewModel vm;

    @BeforeEach
    void open() {
        fx = new InventoryFixture(tmp.resolve("cache"), "mona.manager");
        vm = new ReplenishmentViewModel(fx.source(), fx.runner, fx.notifier, fx.i18n);
        vm.load();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void suggestionsFollowTheRules() {
        assertThat(vm.locationProperty().get()).isEqualTo("WH-BER");
        assertThat(vm.leadTimeDaysProperty().get()).isEqualTo("14");
        vm.leadTimeDaysProperty().set("10");
        vm.onlyToOrderProperty().set(false);
        vm.computeCommand().execute();
        assertThat(fx.settings.get(InventorySettings.LEAD_TIME_DAYS)).contains("10");
        long levels = fx.db.read(h -> h.createQuery("SELECT COUNT(*) FROM stock WHERE location_id = 'WH-BER'")
                .mapTo(Long.class).one());
        assertThat(vm.suggestions()).hasSize((int) levels);
        assertThat(vm.summaryProperty().get()).isNotBlank();

        // A level that sold nothing in 56 days: no demand, infinite cover, order only up to the reorder point.
        var idle = vm.suggestions().stream().filter(s -> s.perDay() == 0 && s.reorderPoint() != null).findFirst()
                .orElseThrow();
        assertThat(idle.cover()).isEmpty();
        assertThat(idle.stockOut()).isEqualTo(idle.available() <= 0 ? fx.source().history().end() : null);
        int gap = Math.max(0, idle.reorderPoint() - Math.max(0, idle.available()) - idle.incoming());
        assertThat(idle.suggested()).isGreaterThanOrEqualTo(gap);

        // A level that sold: its rate is what the cached orders say (mean rate for sparse TINY sales).
        var selling = vm.suggestions().stream().filter(s -> s.perDay() > 0).findFirst().orElseThrow();
        double[] daily = fx.source().history().daily("WH-BER", selling.sku());
        double sold = java.util.Arrays.stream(daily).sum();
        if (selling.method().equals("Mean rate")) {
            assertThat(selling.perDay()).isCloseTo(sold / daily.length, within(1e-9));
        }
        // Soonest stock-outs first.
        var dates = vm.suggestions().stream().map(s -> s.stockOut() == null ? java.time.LocalDate.MAX : s.stockOut())
                .toList();
        assertThat(dates).isSorted();

        vm.onlyToOrderProperty().set(true);
        assertThat(vm.suggestions()).allSatisfy(s -> assertThat(s.suggested()).isPositive());
        Path csv = tmp.resolve("order.csv");
        vm.export(csv);
        Table t = TableFiles.read(csv);
        assertThat(t.header()).contains("SKU", "Stock-out date", "Suggested order");
        assertThat(t.rows()).hasSize(vm.suggestions().size());
        assertThat(t.rows().getFirst().get(1)).isEqualTo(vm.suggestions().getFirst().sku());
    }
}
