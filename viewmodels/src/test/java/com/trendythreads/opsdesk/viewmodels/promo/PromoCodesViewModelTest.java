package com.trendythreads.opsdesk.viewmodels.promo;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.cache.outbox.EntryKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromoCodesViewModelTest {

    @TempDir
    Path tmp;

    private PromoDesk desk;
    private PromoCodesViewModel vm;

    @BeforeEach
    void open() {
        desk = new PromoDesk(tmp.resolve("cache"));
        vm = new PromoCodesViewModel(desk.context());
        vm.activate();
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    @Test
    void theListShowsTypeValueValidityLimitsAndScopeAsRead() {
        assertThat(vm.rows()).extracting(PromoCodeItem::codeText).containsExactly("FIVE-OFF", "OLD-SHIP", "XMAS10");
        PromoCodeItem xmas = vm.rows().get(2);
        assertThat(xmas.type()).isEqualTo("Percent");
        assertThat(xmas.value()).isEqualTo("10 %");
        assertThat(xmas.validity()).isEqualTo("Dec 1, 2026 – Dec 31, 2026");
        assertThat(xmas.limits()).isEqualTo("1,000 / 1");
        assertThat(xmas.minOrder()).isEqualTo("€20.00");
        assertThat(xmas.scope()).isEqualTo("1 categories");
        assertThat(vm.rows().get(0).value()).isEqualTo("€5.00");
        assertThat(vm.rows().get(0).scope()).isEqualTo("Whole catalog");
        assertThat(vm.rows().get(1).status()).isEqualTo("Inactive");
        assertThat(vm.summaryProperty().get()).isEqualTo("3 codes");
    }

    @Test
    void filtersByTheStartOfTheCodeAndByActive() {
        vm.filterProperty().set("x");
        assertThat(vm.rows()).extracting(PromoCodeItem::codeText).containsExactly("XMAS10");
        vm.filterProperty().set("");
        vm.activeOnlyProperty().set(true);
        assertThat(vm.rows()).extracting(PromoCodeItem::codeText).containsExactly("FIVE-OFF", "XMAS10");
    }

    @Test
    void deactivateQueuesAPatchAndShowsTheCodeInactiveAtOnce() {
        vm.selectedProperty().set(vm.rows().get(2));
        assertThat(vm.deactivateCommand().isExecutable()).isTrue();

        vm.deactivateCommand().execute();

        assertThat(vm.rows().get(2).status()).isEqualTo("Inactive");
        assertThat(vm.deactivateCommand().isExecutable()).as("already inactive").isFalse();
        assertThat(desk.queued()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.UPDATE);
            assertThat(e.payload().toString()).isEqualTo("{\"active\":false}");
        });
    }

    @Test
    void aReaderCannotDeactivate() {
        PromoCodesViewModel ro = new PromoCodesViewModel(desk.context(PromoDesk.support(), Locale.ENGLISH));
        ro.activate();
        ro.selectedProperty().set(ro.rows().get(2));
        assertThat(ro.deactivateCommand().isExecutable()).isFalse();
        assertThat(ro.mayCreate()).isFalse();
    }

    @Test
    void aBatchShowsAsOnePendingRowUntilThePlatformMakesIt() {
        PromoBulkViewModel bulk = vm.bulk();
        bulk.prefixProperty().set("winter");
        bulk.countProperty().set("500");
        bulk.terms().typeProperty().set(PromoType.PERCENT);
        bulk.terms().valueProperty().set("15");
        bulk.terms().validFromProperty().set(LocalDate.of(2026, 12, 1));
        assertThat(bulk.messages()).isEmpty();

        bulk.generateCommand().execute();

        assertThat(vm.rows()).filteredOn(PromoCodeItem::pending).singleElement().satisfies(r -> {
            assertThat(r.codeText()).isEqualTo("WINTER-… (500 codes)");
            assertThat(r.status()).isEqualTo("Waiting for the platform");
        });
        assertThat(vm.editCommand().isExecutable()).isFalse();
        assertThat(desk.queued()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.CREATE);
            assertThat(e.path()).isEqualTo("v1/promo-codes/bulk");
            assertThat(e.payload().get("prefix").asText()).isEqualTo("WINTER");
            assertThat(e.payload().get("count").asInt()).isEqualTo(500);
        });
        assertThat(desk.notifier.infos).contains("500 codes WINTER-… are queued; the platform draws them.");
    }

    @Test
    void aBatchOfMoreThan10000IsRefusedOnTheCountField() {
        PromoBulkViewModel bulk = vm.bulk();
        bulk.prefixProperty().set("BIG");
        bulk.countProperty().set("10001");
        bulk.terms().valueProperty().set("5");
        assertThat(bulk.messages().get("count").text()).isEqualTo("Number of codes: Between 1 and 10,000.");
        assertThat(bulk.generateCommand().isExecutable()).isFalse();
    }

    @Test
    void exportWritesTheShownCodesAndAnImportPreviewStoresNothingUntilConfirmed() throws Exception {
        Path file = tmp.resolve("codes.csv");
        vm.export(file);
        assertThat(TableFiles.read(file).rows()).hasSize(3);
        assertThat(desk.context().data().audit().pendingExportReports()).as("reported to the audit log").isEqualTo(1);

        Path in = tmp.resolve("in.csv");
        Files.writeString(in, """
                code,type,value,validFrom,validUntil
                NEWYEAR,PERCENT,20,2026-12-31T23:00:00Z,
                XMAS10,PERCENT,10,2026-12-01T00:00:00Z,
                HUGE,PERCENT,120,2026-12-01T00:00:00Z,
                """);
        PromoImportViewModel importer = vm.importer();
        importer.open(in);

        assertThat(importer.rows()).extracting(PromoImportViewModel.Row::line, PromoImportViewModel.Row::problems)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, ""),
                        org.assertj.core.groups.Tuple.tuple(3, "Code: The code XMAS10 exists already."),
                        org.assertj.core.groups.Tuple.tuple(4, "Value: A percentage between 0 and 100."));
        assertThat(importer.summaryProperty().get())
                .isEqualTo("1 row can be imported, 2 have errors. Nothing is stored until you confirm.");
        assertThat(desk.data.campaigns().promoCode("NEWYEAR")).isEmpty();
        assertThat(desk.queued()).isEmpty();

        importer.confirmCommand().execute();

        assertThat(desk.data.campaigns().promoCode("NEWYEAR")).isPresent();
        assertThat(desk.data.campaigns().promoCode("HUGE")).isEmpty();
        assertThat(desk.queued()).hasSize(1);
        assertThat(vm.rows()).extracting(PromoCodeItem::codeText).contains("NEWYEAR");
    }
}
