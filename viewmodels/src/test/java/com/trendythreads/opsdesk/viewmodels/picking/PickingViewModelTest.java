package com.trendythreads.opsdesk.viewmodels.picking;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickConfirm;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickShort;
import com.trendythreads.opsdesk.api.dto.fulfilment.ShipCreate;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.admin.SimulatorTick;
import com.trendythreads.opsdesk.api.service.AdminApi;
import com.trendythreads.opsdesk.api.service.FulfilmentApi;
import com.trendythreads.opsdesk.api.service.OrdersApi;
import com.trendythreads.opsdesk.cache.outbox.EntryStatus;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.picking.BinOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The picking workspace's ViewModels on walt.warehouse's real cache of the demo platform's TINY data, with
/// the platform itself as the judge of what was confirmed (no toolkit: `TaskRunner.direct()`).
class PickingViewModelTest {

    @TempDir
    Path tmp;

    private PickingDesk desk;
    private PickingViewModel vm;
    private PickScreenViewModel screen;
    private PlatformClient truth;

    @BeforeEach
    void open() {
        desk = new PickingDesk(tmp);
        vm = desk.viewModel(Clock.systemUTC());
        vm.refresh();
        screen = vm.pickScreen();
        truth = desk.client("ada.admin");
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /// A list of mine (taken if needed) with at least `openLines` open lines, on its pick screen.
    private PickList startList(int openLines) {
        PickListItem item = vm.lists().stream()
                .filter(l -> l.status() == PickListStatus.OPEN || l.status() == PickListStatus.IN_PROGRESS)
                .filter(l -> l.linesTotal() - l.linesDone() >= openLines)
                .findFirst().orElseThrow(() -> new AssertionError("no WH-BER list with " + openLines + " open lines in "
                        + vm.lists()));
        vm.open(item);
        assertThat(vm.modeProperty().get()).isEqualTo(PickingViewModel.Mode.PICK);
        desk.push(); // taking the list, when it was nobody's
        assertThat(outbox()).isEmpty();
        screen.reload();
        return screen.listProperty().get();
    }

    private void scan(String code) {
        screen.scanTextProperty().set(code);
        screen.scan();
    }

    private List<OutboxEntry> outbox() {
        return desk.engine.outbox().entries();
    }

    private PickLine onPlatform(String listId, String lineId) {
        return truth.create(FulfilmentApi.class).getPickList(listId).body().lines().stream()
                .filter(l -> l.id().equals(lineId)).findFirst().orElseThrow();
    }

    /// Picks the current line completely (all its units in one scan).
    private PickLineItem pickCurrent() {
        PickLineItem line = screen.currentProperty().get();
        screen.quantityTextProperty().set(Integer.toString(line.remaining()));
        scan(line.ean());
        return line;
    }

    @Test
    void myListsAreThoseOfMyWarehouseThatAreMineOrNobodys() {
        assertThat(vm.locationProperty().get()).isEqualTo("WH-BER");
        String waltId = desk.sessions.current().data().reference().userByUsername("walt.warehouse").orElseThrow().id();
        Set<String> expected = desk.sessions.current().data().pickLists().atLocation("WH-BER", null).stream()
                .filter(l -> l.status() != PickListStatus.SHIPPED)
                .filter(l -> l.assigneeId() == null || l.assigneeId().equals(waltId))
                .map(PickList::id).collect(Collectors.toSet());
        assertThat(expected).isNotEmpty();
        assertThat(vm.lists()).extracting(PickListItem::id).containsExactlyInAnyOrderElementsOf(expected);
        // Which lists are Walt's depends on the hour the seed ran; the order must put every one of his first.
        List<Boolean> mine = vm.lists().stream().map(PickListItem::mine).toList();
        assertThat(mine).as("mine first").isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void takingAnOpenListAssignsItToMeOnThePlatform() {
        PickListItem open = vm.lists().stream().filter(l -> !l.mine() && l.status() == PickListStatus.OPEN)
                .findFirst().orElseThrow();
        vm.open(open);
        desk.push();
        PickList there = truth.create(FulfilmentApi.class).getPickList(open.id()).body();
        String waltId = desk.sessions.current().data().reference().userByUsername("walt.warehouse").orElseThrow().id();
        assertThat(there.assigneeId()).isEqualTo(waltId);
        assertThat(there.status()).isEqualTo(PickListStatus.IN_PROGRESS);
    }

    @Test
    void linesComeInBinWalkingOrderAndTheFirstOpenOneIsCurrent() {
        startList(2);
        List<String> bins = screen.lines().stream().map(PickLineItem::bin).toList();
        assertThat(bins).isSortedAccordingTo(BinOrder.WALKING);
        assertThat(screen.currentProperty().get())
                .isEqualTo(screen.lines().stream().filter(PickLineItem::open).findFirst().orElseThrow());
    }

    @Test
    void theRightEanConfirmsTheLineAndTheNextOneComesUp() {
        PickList list = startList(2);
        PickLineItem line = pickCurrent();

        assertThat(screen.outcomeProperty().get()).isEqualTo(ScanOutcome.CONFIRMED);
        assertThat(screen.warningProperty().get()).isEmpty();
        PickLineItem after = screen.lines().stream().filter(l -> l.id().equals(line.id())).findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo(PickLine.Status.PICKED);
        assertThat(after.syncNote()).isEqualTo("Waiting to sync");
        assertThat(screen.currentProperty().get().id()).isNotEqualTo(line.id());
        assertThat(outbox()).singleElement().satisfies(e -> {
            assertThat(e.path()).endsWith("/lines/" + line.id() + "/confirm");
            assertThat(e.payload().path("quantity").asInt()).isEqualTo(line.quantity());
            assertThat(e.payload().path("scannedBarcode").asText()).isEqualTo(line.ean());
        });

        desk.push();
        PickLine there = onPlatform(list.id(), line.id());
        assertThat(there.status()).isEqualTo(PickLine.Status.PICKED);
        assertThat(there.confirmedBy()).isEqualTo("walt.warehouse");
        screen.reload();
        assertThat(screen.lines().stream().filter(l -> l.id().equals(line.id())).findFirst().orElseThrow().syncNote())
                .isEmpty();
    }

    @Test
    void aWrongEanWarnsWithWhatWasScannedAndConfirmsNothing() {
        PickList list = startList(1);
        PickLineItem expected = screen.currentProperty().get();
        Set<String> onList = list.lines().stream().map(PickLine::ean).collect(Collectors.toSet());
        Variant other = desk.sessions.current().data().products().list(null, null, 50).stream()
                .flatMap((Product p) -> p.variants().stream()).filter(v -> !onList.contains(v.ean()))
                .findFirst().orElseThrow();

        scan(other.ean());

        assertThat(screen.outcomeProperty().get()).isEqualTo(ScanOutcome.WRONG_ITEM);
        assertThat(screen.warningProperty().get()).startsWith("Wrong item: you scanned " + other.ean())
                .contains(expected.ean()).contains(expected.bin());
        assertThat(outbox()).isEmpty();
        assertThat(screen.currentProperty().get()).isEqualTo(expected);
        assertThat(screen.lines()).filteredOn(l -> l.id().equals(expected.id())).singleElement()
                .extracting(PickLineItem::status).isEqualTo(PickLine.Status.OPEN);

        // The warning stays until the next scan (or OK).
        scan(expected.ean() + "-no");
        assertThat(screen.warningProperty().get()).isNotEmpty();
        screen.dismissWarning();
        assertThat(screen.warningProperty().get()).isEmpty();
    }

    @Test
    void anEanThatIsNotInTheCatalogSaysSo() {
        startList(1);
        scan("9999999999994");
        assertThat(screen.outcomeProperty().get()).isEqualTo(ScanOutcome.UNKNOWN);
        assertThat(screen.warningProperty().get()).startsWith("EAN 9999999999994 is not in the catalog.");
        assertThat(outbox()).isEmpty();
    }

    @Test
    void aLineOfSeveralUnitsCountsEachScanAndConfirmsOnceComplete() {
        startList(2);
        PickLineItem line = screen.currentProperty().get();
        screen.quantityTextProperty().set(Integer.toString(line.quantity() + 1));
        scan(line.ean());
        assertThat(screen.outcomeProperty().get()).as("more than the line needs").isEqualTo(ScanOutcome.REJECTED);
        assertThat(screen.warningProperty().get()).isEqualTo("Enter a quantity from 1 to " + line.quantity()
                + " for this line.");
        assertThat(screen.quantityTextProperty().get()).as("back to one unit").isEqualTo("1");

        // One unit at a time: with a single-unit line the first scan completes it; with more it counts.
        scan(line.ean());
        if (line.quantity() > 1) {
            assertThat(screen.outcomeProperty().get()).isEqualTo(ScanOutcome.COUNTED);
            assertThat(screen.currentProperty().get().statusText()).isEqualTo("1 of " + line.quantity() + " scanned");
            assertThat(outbox()).isEmpty();
            screen.quantityTextProperty().set(Integer.toString(line.quantity() - 1));
            scan(line.ean());
        }
        assertThat(screen.outcomeProperty().get()).isEqualTo(ScanOutcome.CONFIRMED);
        assertThat(outbox()).singleElement().extracting(e -> e.payload().path("quantity").asInt())
                .isEqualTo(line.quantity());
    }

    @Test
    void twoUnitsInOneScanWithTimesN() {
        // TINY's seeded open lines are all single units; the platform's live simulator (deterministic for one
        // seed and database) places new orders, a fifth of whose lines are two units, and waves them.
        PickList list = null;
        PickLine multi = null;
        var data = desk.sessions.current().data();
        AdminApi admin = truth.create(AdminApi.class);
        for (int round = 0; round < 40 && multi == null; round++) {
            admin.simulatorTick(new SimulatorTick(50));
            desk.pull();
            for (var location : data.reference().locations()) {
                for (PickList l : data.pickLists().atLocation(location.id(), null)) {
                    PickLine m = l.lines().stream().filter(x -> x.status() == PickLine.Status.OPEN && x.quantity() >= 2)
                            .findFirst().orElse(null);
                    if (m != null && (l.status() == PickListStatus.OPEN || l.status() == PickListStatus.IN_PROGRESS)) {
                        list = l;
                        multi = m;
                    }
                }
            }
        }
        assertThat(multi).as("a multi-unit open line in the demo data").isNotNull();
        screen.show(list.id());
        String id = multi.id();
        screen.select(screen.lines().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow());
        assertThat(screen.currentProperty().get().id()).isEqualTo(id);

        scan(multi.ean());
        assertThat(screen.outcomeProperty().get()).isEqualTo(ScanOutcome.COUNTED);
        assertThat(screen.currentProperty().get().statusText()).isEqualTo("1 of " + multi.quantity() + " scanned");
        assertThat(outbox()).isEmpty();
        // The unit counted is kept in the cache: a new pick screen (after a crash or a restart) shows it.
        PickScreenViewModel afterRestart = desk.viewModel(Clock.systemUTC()).pickScreen();
        afterRestart.show(list.id());
        assertThat(afterRestart.lines()).filteredOn(l -> l.id().equals(id)).singleElement()
                .extracting(PickLineItem::statusText).isEqualTo("1 of " + multi.quantity() + " scanned");
        screen.quantityTextProperty().set(Integer.toString(multi.quantity() - 1));
        scan(multi.ean());
        assertThat(screen.outcomeProperty().get()).isEqualTo(ScanOutcome.CONFIRMED);
        assertThat(data.pickCounts().of(list.id())).as("a confirmed line's count is gone").doesNotContainKey(id);
        desk.push();
        PickLine there = onPlatform(list.id(), id);
        assertThat(there.status()).isEqualTo(PickLine.Status.PICKED);
        assertThat(there.pickedQuantity()).isEqualTo(multi.quantity());
    }

    @Test
    void aShortPickRecordsItsReasonAndFlagsTheOrder() {
        PickList list = startList(1);
        PickLineItem line = screen.currentProperty().get();
        screen.shortReasonProperty().set(PickShort.Reason.DAMAGED);
        screen.shortPick();

        assertThat(screen.outcomeProperty().get()).isEqualTo(ScanOutcome.SHORT);
        assertThat(screen.lines()).filteredOn(l -> l.id().equals(line.id())).singleElement()
                .satisfies(l -> assertThat(l.statusText()).isEqualTo("Short 0/" + line.quantity() + " · Damaged"));
        desk.push();
        PickLine there = onPlatform(list.id(), line.id());
        assertThat(there.status()).isEqualTo(PickLine.Status.SHORT);
        assertThat(there.shortReason()).isEqualTo("DAMAGED");
        assertThat(there.pickedQuantity()).isZero();
        assertThat(truth.create(OrdersApi.class).getOrder(line.orderId()).body().flagged()).isTrue();
    }

    @Test
    void whenSomeoneElseConfirmedTheLineFirstTheLineSaysWhoAndTheRestGoesOn() {
        PickList list = startList(2);
        PickLineItem first = pickCurrent();
        PickLineItem second = pickCurrent();
        // Meanwhile the manager confirms the first line on the platform.
        PlatformClient mona = desk.client("mona.manager");
        mona.create(FulfilmentApi.class).confirmPickLine(list.id(), first.id(), IdempotencyKeys.newKey(),
                new PickConfirm(first.quantity(), first.ean()));

        desk.push();
        screen.reload();

        PickLineItem taken = screen.lines().stream().filter(l -> l.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(taken.takenByOther()).isTrue();
        assertThat(taken.pickedBy()).isEqualTo("mona.manager");
        assertThat(taken.syncNote()).startsWith("mona.manager picked this line first (")
                .endsWith("Yours was not counted: put the item back in bin " + first.bin() + ".");
        assertThat(outbox()).extracting(OutboxEntry::status).containsExactly(EntryStatus.CONFLICT, EntryStatus.PENDING);

        screen.acceptTheirs(taken);
        desk.push();
        assertThat(outbox()).isEmpty();
        assertThat(onPlatform(list.id(), first.id()).confirmedBy()).isEqualTo("mona.manager");
        assertThat(onPlatform(list.id(), second.id()).confirmedBy()).isEqualTo("walt.warehouse");
        screen.reload();
        assertThat(screen.lines()).filteredOn(l -> l.id().equals(first.id())).singleElement()
                .satisfies(l -> {
                    assertThat(l.takenByOther()).isFalse();
                    assertThat(l.statusText()).isEqualTo("Picked by mona.manager");
                });
    }

    @Test
    void myRateCountsTheLinesOfThisSession() {
        startList(2);
        pickCurrent();
        pickCurrent();
        vm.refresh();
        PickRate rate = vm.rateProperty().get();
        assertThat(rate.sessionLines()).isEqualTo(2);
        assertThat(rate.perHourSession()).as("a fresh session counts as ten minutes").isEqualTo(12.0);
        assertThat(rate.lastHour()).isGreaterThanOrEqualTo(2);
        assertThat(vm.rateTextProperty().get()).startsWith("12 lines/h this session");
    }

    @Test
    void aFinishedListIsPackedAndShippedAndItsPapersPrint() throws Exception {
        PickList list = startList(1);
        while (screen.currentProperty().get() != null) {
            pickCurrent();
        }
        assertThat(screen.listProperty().get().status()).isEqualTo(PickListStatus.PICKED);
        vm.toPacking();
        PackViewModel pack = vm.pack();
        assertThat(pack.packCommand().isExecutable()).as("orders not checked yet").isFalse();
        pack.orders().forEach(o -> o.checkedProperty().set(true));
        pack.weightProperty().set("abc");
        assertThat(pack.packErrorProperty().get()).isEqualTo("Enter the weight in grams.");
        pack.weightProperty().set("1450");
        pack.packagesProperty().set("2");
        assertThat(pack.packCommand().isExecutable()).isTrue();
        pack.packCommand().execute();
        assertThat(pack.listProperty().get().status()).as("shows at once").isEqualTo(PickListStatus.PACKED);

        pack.trackingProperty().set("short");
        assertThat(pack.trackingErrorProperty().get()).isEqualTo("8 to 30 capital letters or digits.");
        assertThat(pack.shipCommand().isExecutable()).isFalse();
        pack.carrierProperty().set(ShipCreate.Carrier.DPD);
        pack.trackingProperty().set("DPD01234567890");
        pack.shipCommand().execute();
        desk.push();
        PickList there = truth.create(FulfilmentApi.class).getPickList(list.id()).body();
        assertThat(there.status()).isEqualTo(PickListStatus.SHIPPED);
        assertThat(there.packageCount()).isEqualTo(2);
        assertThat(there.carrier()).isEqualTo("DPD");
        assertThat(there.trackingNumber()).isEqualTo("DPD01234567890");

        Path pdf = tmp.resolve("out").resolve("pick-list.pdf");
        pack.printPickList(pdf);
        assertThat(desk.desktop.opened).containsExactly(pdf.getParent());
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        List<String> walking = list.lines().stream().map(PickLine::bin).sorted(BinOrder.WALKING).toList();
        assertThat(text).contains("Pick list " + list.id()).contains(walking.getFirst())
                .contains(list.lines().getFirst().sku());
        Path slips = tmp.resolve("out").resolve("slips.pdf");
        pack.printPackingSlips(slips);
        assertThat(new PdfReader(Files.readAllBytes(slips)).getNumberOfPages()).isEqualTo(list.orderIds().size());
    }

    @Test
    void binCodesSortAsAPickerWalks() {
        List<String> bins = new java.util.ArrayList<>(List.of("UNASSIGNED", "B-01-01", "A-10-01", "A-2-3", "A-02-10",
                "A-02-02", "a-01-05"));
        bins.sort(BinOrder.WALKING);
        assertThat(bins).containsExactly("a-01-05", "A-02-02", "A-2-3", "A-02-10", "A-10-01", "B-01-01", "UNASSIGNED");
        assertThat(Comparator.<String>naturalOrder().compare("A-10-01", "A-2-3")).as("plain text order would be wrong")
                .isNegative();
    }
}
