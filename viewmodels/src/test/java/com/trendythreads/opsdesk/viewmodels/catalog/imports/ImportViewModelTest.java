package com.trendythreads.opsdesk.viewmodels.catalog.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.rules.Ean13;
import com.trendythreads.opsdesk.api.rules.Permissions;
import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.cache.io.Table;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.viewmodels.catalog.CatalogDesk;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.Money;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Imports on a real cache synced from the TINY demo platform: the guessed mapping (English and German
/// headers), every rejection reason, the blank-cell rule, numbers written either way, apply, the report of
/// rejected rows and undo. An import that changes the prices of 50+ products asks for the password (issue 10).
class ImportViewModelTest {

    @TempDir
    Path tmp;

    private CatalogDesk desk;
    private ImportViewModel vm;

    private void open(Locale locale) {
        desk = new CatalogDesk(tmp, locale);
        vm = new ImportViewModel(desk.session, desk.runner, desk.i18n, desk.notifier);
    }

    @AfterEach
    void tearDown() {
        if (desk != null) {
            desk.close();
        }
    }

    private Path file(String name, List<String> header, List<List<String>> rows) {
        Path f = tmp.resolve(name);
        TableFiles.write(f, header, rows);
        return f;
    }

    /// One variant without a compare-at price (so any price is allowed) of each of `n` products.
    private List<Variant> variants(int n) {
        return desk.data().products().list(null, null, 100).stream()
                .flatMap(p -> p.variants().stream().filter(x -> x.compareAtPriceCents() == null).limit(1))
                .limit(n).toList();
    }

    private Map<String, ImportField> mapping() {
        return vm.columns().stream().collect(Collectors.toMap(ColumnMapping::header, c -> c.target().field()));
    }

    @Test
    void englishAndGermanHeadersAreMappedAndTheUserCanChangeIt() {
        open(Locale.ENGLISH);
        vm.open(file("en.csv", List.of("SKU", "Product name", "Price (EUR)", "Compare-at price", "Cost", "EAN",
                "Status", "Description", "Size", "Color", "Brand", "Season", "Material", "Notes"), List.of()));
        assertThat(mapping()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("SKU", ImportField.SKU),
                Map.entry("Product name", ImportField.TITLE), Map.entry("Price (EUR)", ImportField.PRICE),
                Map.entry("Compare-at price", ImportField.COMPARE_AT), Map.entry("Cost", ImportField.COST),
                Map.entry("EAN", ImportField.EAN), Map.entry("Status", ImportField.STATUS),
                Map.entry("Description", ImportField.DESCRIPTION), Map.entry("Size", ImportField.SIZE),
                Map.entry("Color", ImportField.COLOUR), Map.entry("Brand", ImportField.BRAND),
                Map.entry("Season", ImportField.SEASON), Map.entry("Material", ImportField.ATTRIBUTE),
                Map.entry("Notes", ImportField.IGNORE)));
        assertThat(vm.columns().get(12).target().attributeCode()).isEqualTo("material");

        vm.open(file("de.csv", List.of("Artikelnummer", "Titel", "Preis", "Streichpreis", "Einkaufspreis", "GTIN",
                "Zustand", "Beschreibung", "Größe", "Farbe", "Marke", "Saison", "Passform", "Muster"), List.of()));
        assertThat(vm.columns().stream().map(c -> c.target().field()).toList()).containsExactly(ImportField.SKU,
                ImportField.TITLE, ImportField.PRICE, ImportField.COMPARE_AT, ImportField.COST, ImportField.EAN,
                ImportField.STATUS, ImportField.DESCRIPTION, ImportField.SIZE, ImportField.COLOUR, ImportField.BRAND,
                ImportField.SEASON, ImportField.ATTRIBUTE, ImportField.ATTRIBUTE);
        assertThat(vm.columns().get(12).target().attributeCode()).isEqualTo("fit");
        assertThat(vm.columns().get(13).target().attributeCode()).isEqualTo("pattern");

        ImportTarget ignore = vm.targetChoices().getFirst();
        vm.columns().get(2).targetProperty().set(ignore);
        assertThat(vm.columns().get(2).target().field()).isEqualTo(ImportField.IGNORE);
    }

    @Test
    void everyRowIsCheckedWithItsReason() {
        open(Locale.ENGLISH);
        List<Variant> v = variants(10);
        String badEan = v.get(3).ean().substring(0, 12) + ((v.get(3).ean().charAt(12) - '0' + 1) % 10);
        List<List<String>> rows = List.of(
                List.of(v.get(0).sku(), "44,99", "", "", ""),
                List.of(v.get(1).sku(), "39.50", "", "", "active"),
                List.of("NOPE-123", "10", "", "", ""),
                List.of(v.get(2).sku(), "abc", "", "", ""),
                List.of(v.get(3).sku(), "", "", badEan, ""),
                List.of(v.get(4).sku(), "-5", "", "", ""),
                List.of(v.get(5).sku(), "10", "9", "", ""),
                List.of(v.get(6).sku(), "", "", "", "Verkauft"),
                List.of(v.get(0).sku(), "1", "", "", ""),
                List.of(v.get(7).sku(), "", "", "", ""),
                List.of("", "12", "", "", ""));
        vm.open(file("rows.csv", List.of("SKU", "Price", "Compare-at price", "EAN", "Status"), rows));

        Map<Integer, ImportRow> byLine = vm.rows().stream().collect(Collectors.toMap(ImportRow::line, r -> r));
        assertThat(byLine.get(2).valid()).as(byLine.get(2).reason()).isTrue();
        assertThat(byLine.get(2).changes()).endsWith("→ €44.99");
        assertThat(byLine.get(3).valid()).as(byLine.get(3).reason()).isTrue();
        assertThat(byLine.get(3).changes()).contains("→ €39.50");
        assertThat(byLine.get(4).reason()).isEqualTo("Unknown SKU NOPE-123.");
        assertThat(byLine.get(5).reason()).isEqualTo("Price: \"abc\" is not a number.");
        assertThat(byLine.get(6).reason()).isEqualTo("EAN: Wrong check digit: the last digit should be "
                + Ean13.checkDigit(badEan.substring(0, 12)) + ".");
        assertThat(byLine.get(7).reason()).isEqualTo("Price: Must be at least 0.");
        assertThat(byLine.get(8).reason()).isEqualTo("Compare-at price: The compare-at price must be above the price.");
        assertThat(byLine.get(9).reason()).isEqualTo("Unknown status \"Verkauft\": Active, Draft or Archived.");
        assertThat(byLine.get(10).reason()).isEqualTo("The same SKU as line 2.");
        assertThat(byLine.get(11).valid()).isTrue();
        assertThat(byLine.get(11).changes()).isEqualTo("No change");
        assertThat(byLine.get(12).reason()).isEqualTo("No SKU.");
        assertThat(vm.summaryProperty().get()).isEqualTo("11 rows: 3 can be applied, 8 rejected");

        vm.columns().getFirst().targetProperty().set(vm.targetChoices().getFirst());
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.reason()).isEqualTo("No column is mapped to SKU."));
    }

    @Test
    void aBlankCellChangesNothingUnlessBlankClearsIsTicked() {
        open(Locale.ENGLISH);
        Product p = desk.data().products().list(null, null, 1).getFirst();
        Variant v = p.variants().getFirst();
        vm.open(file("blank.csv", List.of("SKU", "Description", "Price"), List.of(List.of(v.sku(), "", ""))));
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.valid()).isTrue();
            assertThat(r.edits()).isEmpty();
        });

        vm.blankClearsProperty().set(true);
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.valid()).isFalse();
            assertThat(r.reason()).isEqualTo("Price: Required.");
        });

        vm.columns().get(2).targetProperty().set(vm.targetChoices().getFirst());
        assertThat(vm.rows()).singleElement().satisfies(r -> {
            assertThat(r.valid()).isTrue();
            assertThat(r.edits()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("description");
                assertThat(e.value().isNull()).isTrue();
            });
        });
    }

    @Test
    void numbersAreReadTheUsersWayAndPlainly() {
        assertThat(Money.parseCents("49,99", Locale.GERMAN)).contains(4999L);
        assertThat(Money.parseCents("49.99", Locale.GERMAN)).contains(4999L);
        assertThat(Money.parseCents("49,99", Locale.ENGLISH)).contains(4999L);
        assertThat(Money.parseCents("49.99", Locale.ENGLISH)).contains(4999L);
        assertThat(Money.parseCents("1.234,50 €", Locale.GERMAN)).contains(123450L);
        assertThat(Money.parseCents("1,234.50", Locale.ENGLISH)).contains(123450L);
        assertThat(Money.parseCents("1.234", Locale.GERMAN)).contains(123400L);
        assertThat(Money.parseCents("1,234", Locale.ENGLISH)).contains(123400L);
        assertThat(Money.parseCents("−5", Locale.ENGLISH)).contains(-500L);
        assertThat(Money.parseCents("49,999", Locale.ENGLISH)).contains(4999900L);
        assertThat(Money.parseCents("4,9,9", Locale.ENGLISH)).contains(499L * 100);
        assertThat(Money.parseCents("49.991", Locale.GERMAN)).contains(4999100L);
        assertThat(Money.parseCents("0.001", Locale.ENGLISH)).isEmpty();
        assertThat(Money.parseCents("abc", Locale.ENGLISH)).isEmpty();
        assertThat(Money.parseCents("", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void germanFileAppliesValidRowsReportsTheRejectedOnesAndUndoRestores() {
        open(Locale.GERMAN);
        List<Variant> v = variants(6);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(v.get(0).sku(), "44,99"));
        rows.add(List.of(v.get(1).sku(), "39,50"));
        rows.add(List.of(v.get(2).sku(), "12,345"));
        rows.add(List.of("GIBT-ES-NICHT", "10"));
        rows.add(List.of(v.get(3).sku(), "1.099,00"));
        Path f = file("preise.xlsx", List.of("Artikelnummer", "Preis"), rows);
        vm.open(f);
        assertThat(vm.summaryProperty().get()).isEqualTo("5 Zeilen: 3 können übernommen werden, 2 abgelehnt");
        assertThat(vm.confirmation()).isEqualTo("3 Zeilen auf 3 Produkte anwenden?");

        vm.applyCommand().execute();
        CatalogJobs.Job job = vm.job().jobProperty().get();
        assertThat(job.kind()).isEqualTo(CatalogJobs.Kind.IMPORT);
        assertThat(job.changedFields()).isEqualTo(3);
        List<OutboxEntry> entries = desk.engine().outbox().entries();
        assertThat(entries).hasSize(3);
        assertThat(entries).allSatisfy(e -> assertThat(e.payload().fieldNames()).toIterable().containsExactly("variants"));
        assertThat(desk.data().products().bySku(v.get(0).sku()).orElseThrow().variants().stream()
                .filter(x -> x.sku().equals(v.get(0).sku())).findFirst().orElseThrow().priceCents()).isEqualTo(4499L);
        assertThat(desk.data().products().bySku(v.get(3).sku()).orElseThrow().variants().stream()
                .filter(x -> x.sku().equals(v.get(3).sku())).findFirst().orElseThrow().priceCents()).isEqualTo(109900L);

        Path report = tmp.resolve("abgelehnt.csv");
        vm.saveReport(report);
        Table t = TableFiles.read(report);
        assertThat(t.header()).containsExactly("Zeile", "Artikelnummer", "Preis", "Grund");
        assertThat(t.rows()).containsExactly(
                List.of("4", v.get(2).sku(), "12,345", "Preis: „12,345\" ist keine Zahl."),
                List.of("5", "GIBT-ES-NICHT", "10", "Unbekannte SKU GIBT-ES-NICHT."));
        assertThat(desk.notifier.infos).containsExactly("2 abgelehnte Zeilen in abgelehnt.csv gespeichert.");

        vm.job().undo().execute();
        for (int i : new int[] {0, 1, 3}) {
            Variant was = v.get(i);
            assertThat(desk.data().products().bySku(was.sku()).orElseThrow().variants().stream()
                    .filter(x -> x.sku().equals(was.sku())).findFirst().orElseThrow().priceCents())
                    .as(was.sku()).isEqualTo(was.priceCents());
        }
        assertThat(vm.job().kept()).isEmpty();
    }

    /// The first variant of each of `n` products; a cent less keeps its price under any compare-at price.
    private List<Variant> firstVariants(int n) {
        return desk.data().products().list(null, null, n).stream().map(p -> p.variants().getFirst()).toList();
    }

    private long price(Variant v) {
        return desk.data().products().bySku(v.sku()).orElseThrow().variants().stream()
                .filter(x -> x.sku().equals(v.sku())).findFirst().orElseThrow().priceCents();
    }

    private static String euros(long cents) {
        return String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
    }

    @Test
    void aPriceImportOfSixtyProductsAsksForThePasswordWhichThePlatformChecksBeforeAnythingIsApplied() {
        open(Locale.ENGLISH);
        assertThat(Permissions.contract().bulkStepUpMinItems("updateProduct")).hasValue(50);
        List<Variant> v = firstVariants(60);
        assertThat(v).hasSize(60);
        Path f = file("prices.csv", List.of("SKU", "Price"),
                v.stream().map(x -> List.of(x.sku(), euros(x.priceCents() - 1))).toList());
        vm.open(f);
        assertThat(vm.summaryProperty().get()).isEqualTo("60 rows: 60 can be applied, 0 rejected");
        assertThat(vm.stepUp().neededProperty().get()).isTrue();
        assertThat(vm.stepUp().hintProperty().get())
                .isEqualTo("This import changes the prices of 60 products (50 or more): enter your password to apply it.");
        assertThat(vm.applyCommand().isExecutable()).as("no password typed").isFalse();

        // Each check counts again: a mapping without the price column asks nothing, mapped back it asks again.
        ImportTarget priceTarget = vm.columns().get(1).target();
        vm.columns().get(1).targetProperty().set(vm.targetChoices().getFirst());
        assertThat(vm.stepUp().neededProperty().get()).isFalse();
        vm.columns().get(1).targetProperty().set(priceTarget);
        assertThat(vm.stepUp().neededProperty().get()).isTrue();

        // Offline (a desk whose engine has not reached the platform): refused in words, nothing queued.
        ImportViewModel offline = new ImportViewModel(desk.offlineSession(), desk.runner, desk.i18n, desk.notifier);
        offline.open(f);
        offline.stepUp().passwordProperty().set("demo");
        offline.applyCommand().execute();
        assertThat(offline.stepUp().errorProperty().get()).isEqualTo(
                "Your password must be checked by the platform, which cannot be reached now. Nothing was imported.");
        assertThat(offline.job().jobProperty().get()).isNull();
        assertThat(desk.engine().outbox().entries()).as("nothing queued").isEmpty();

        // A wrong password: the platform's refusal in words, nothing applied or queued.
        vm.stepUp().passwordProperty().set("not-my-password");
        vm.applyCommand().execute();
        assertThat(vm.stepUp().errorProperty().get()).startsWith("Your password was not accepted; nothing was done.");
        assertThat(vm.stepUp().passwordProperty().get()).as("the password is not kept").isEmpty();
        assertThat(vm.applyCommand().isExecutable()).as("it must be typed again").isFalse();
        assertThat(vm.job().jobProperty().get()).as("no job").isNull();
        assertThat(desk.engine().outbox().entries()).as("nothing queued").isEmpty();
        assertThat(v).allSatisfy(x -> assertThat(price(x)).as(x.sku()).isEqualTo(x.priceCents()));

        // The right one: every price imported.
        vm.stepUp().passwordProperty().set("demo");
        vm.applyCommand().execute();
        assertThat(vm.stepUp().errorProperty().get()).isEmpty();
        CatalogJobs.Job job = vm.job().jobProperty().get();
        assertThat(job.state()).isEqualTo(CatalogJobs.State.DONE);
        assertThat(job.changedProducts()).isEqualTo(60);
        assertThat(desk.engine().outbox().entries()).hasSize(60);
        assertThat(v).allSatisfy(x -> assertThat(price(x)).as(x.sku()).isEqualTo(x.priceCents() - 1));
        assertThat(desk.notifier.errors).isEmpty();
    }

    @Test
    void pricesOfFortyNineProductsAndSixtyProductsWithoutPriceChangesApplyWithoutAsking() {
        open(Locale.ENGLISH);
        List<Variant> v = firstVariants(60);
        assertThat(v).hasSize(60);
        // 60 products in the file, but only 49 get a new price: the count is of the prices changed.
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            rows.add(i < 49 ? List.of(v.get(i).sku(), euros(v.get(i).priceCents() - 1), "")
                    : List.of(v.get(i).sku(), "", "Imported description " + i));
        }
        vm.open(file("some-prices.csv", List.of("SKU", "Price", "Description"), rows));
        assertThat(vm.summaryProperty().get()).isEqualTo("60 rows: 60 can be applied, 0 rejected");
        assertThat(vm.stepUp().neededProperty().get()).isFalse();
        assertThat(vm.stepUp().hintProperty().get()).isEmpty();
        assertThat(vm.applyCommand().isExecutable()).isTrue();
        vm.applyCommand().execute();
        CatalogJobs.Job prices = vm.job().jobProperty().get();
        assertThat(prices.state()).isEqualTo(CatalogJobs.State.DONE);
        assertThat(prices.changedProducts()).isEqualTo(60);
        assertThat(v.subList(0, 49)).allSatisfy(x -> assertThat(price(x)).as(x.sku()).isEqualTo(x.priceCents() - 1));

        // 60 products, no price: nothing to ask.
        vm.open(file("descriptions.csv", List.of("SKU", "Description"),
                v.stream().map(x -> List.of(x.sku(), "Described again")).toList()));
        assertThat(vm.summaryProperty().get()).isEqualTo("60 rows: 60 can be applied, 0 rejected");
        assertThat(vm.stepUp().neededProperty().get()).isFalse();
        assertThat(vm.applyCommand().isExecutable()).isTrue();
        vm.applyCommand().execute();
        CatalogJobs.Job descriptions = vm.job().jobProperty().get();
        assertThat(descriptions.id()).isNotEqualTo(prices.id());
        assertThat(descriptions.state()).isEqualTo(CatalogJobs.State.DONE);
        assertThat(descriptions.changedProducts()).isEqualTo(60);
        assertThat(v).allSatisfy(x -> assertThat(desk.data().products().bySku(x.sku()).orElseThrow().description())
                .isEqualTo("Described again"));
        assertThat(desk.notifier.errors).isEmpty();
    }
}
