package com.trendythreads.opsdesk.cache.kpi;

import static com.trendythreads.opsdesk.cache.kpi.KpiCache.arr;
import static com.trendythreads.opsdesk.cache.kpi.KpiCache.obj;
import static com.trendythreads.opsdesk.cache.kpi.KpiCache.product;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.testkit.MovableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The operations figures on hand-built pick lists and tickets whose answers were worked out by hand.
/// Period 2026-03-02..03-08 (comparison 02-23..03-01); "now" is 03-08 18:00 UTC.
///
/// Pick lines confirmed (units requested/picked, who, when):
/// - PL1 WH-A: BLK-S 2/2 walt 03-03 09:10, BLK-M 3/1 (short) walt 09:40, GRY-41 1/1 walt 10:05; BLK-S 4 still open
/// - PL2 ST-B: GRY-41 2/2 sara 03-05 14:00, BLK-M 2/0 (short) sara 14:30
/// - PL3 WH-A: BLK-S 5/5 walt 03-10 (after the period); PL4 WH-A: BLK-M 4/2 walt 02-27 11:00 (comparison)
///
/// Tickets (deadline, first public agent reply):
/// - T1 OPEN due 03-03 10:00, replied 12:00 → late; T2 SOLVED due 03-04 10:00, replied 09:00 → in time
/// - T3 NEW due 03-08 12:00, no reply, now past → breach; T4 NEW due 03-08 20:00 → not yet
/// - T5 PENDING due 03-05 10:00, internal note 08:00, reply 11:00 → late (a note is no reply)
/// - T6 CLOSED due 03-06 10:00 without a reply, closed 09:00 → in time; T7 SOLVED due 02-27, replied 02-28 → comparison
class OpsKpisTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate TO = LocalDate.of(2026, 3, 8);
    private static final KpiFilter WEEK = KpiFilter.days(FROM, TO);

    @TempDir
    Path dir;
    private KpiCache cache;
    private OpsKpis kpis;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-08T18:00:00Z"));

    @BeforeEach
    void build() {
        cache = new KpiCache(dir);
        cache.put(ResourceType.PRODUCT,
                product("P1", "Tee", "ACTIVE", "tops", "Black:S:BLK-S", "Black:M:BLK-M"),
                product("P2", "Sneaker", "ACTIVE", "shoes", "Grey:41:GRY-41"));
        cache.put(ResourceType.PICK_LIST,
                pickList("PL1", "WH-A", "u-walt",
                        line("BLK-S", 2, 2, "PICKED", "u-walt", "2026-03-03T09:10:00Z"),
                        line("BLK-M", 3, 1, "SHORT", "u-walt", "2026-03-03T09:40:00Z"),
                        line("GRY-41", 1, 1, "PICKED", "u-walt", "2026-03-03T10:05:00Z"),
                        line("BLK-S", 4, 0, "OPEN", null, null)),
                pickList("PL2", "ST-B", "u-sara",
                        line("GRY-41", 2, 2, "PICKED", "u-sara", "2026-03-05T14:00:00Z"),
                        line("BLK-M", 2, 0, "SHORT", "u-sara", "2026-03-05T14:30:00Z")),
                pickList("PL3", "WH-A", "u-walt", line("BLK-S", 5, 5, "PICKED", "u-walt", "2026-03-10T08:00:00Z")),
                pickList("PL4", "WH-A", "u-walt", line("BLK-M", 4, 2, "SHORT", "u-walt", "2026-02-27T11:00:00Z")));
        cache.put(ResourceType.TICKET,
                ticket("T1", "OPEN", "2026-03-03T10:00:00Z", "2026-03-03T12:00:00Z", reply("2026-03-03T12:00:00Z", false)),
                ticket("T2", "SOLVED", "2026-03-04T10:00:00Z", "2026-03-04T09:00:00Z", reply("2026-03-04T09:00:00Z", false)),
                ticket("T3", "NEW", "2026-03-08T12:00:00Z", "2026-03-08T04:00:00Z"),
                ticket("T4", "NEW", "2026-03-08T20:00:00Z", "2026-03-08T12:00:00Z"),
                ticket("T5", "PENDING", "2026-03-05T10:00:00Z", "2026-03-05T11:00:00Z",
                        reply("2026-03-05T08:00:00Z", true), reply("2026-03-05T11:00:00Z", false)),
                ticket("T6", "CLOSED", "2026-03-06T10:00:00Z", "2026-03-06T09:00:00Z"),
                ticket("T7", "SOLVED", "2026-02-27T10:00:00Z", "2026-02-28T10:00:00Z", reply("2026-02-28T10:00:00Z", false)));
        kpis = new OpsKpis(cache.db, clock);
    }

    @AfterEach
    void close() {
        kpis.close();
        cache.close();
    }

    private Double value(Kpi kpi, KpiFilter f) {
        return kpis.value(kpi, f).value();
    }

    private static KpiFilter filter(String location, String category) {
        return new KpiFilter(FROM, TO, location, null, category == null ? Set.of() : Set.of(category));
    }

    @Test
    void fillRateIsUnitsPickedOverUnitsRequestedOfConfirmedLines() {
        // 2+3+1+2+2 = 10 requested, 2+1+1+2+0 = 6 picked (the open line and PL3/PL4 are outside) → 0.6
        KpiValue v = kpis.value(Kpi.FILL_RATE, WEEK);
        assertThat(v.value()).isCloseTo(0.6, within(1e-12));
        assertThat(v.previous()).isEqualTo(0.5); // PL4: 2 of 4
        // 03-03 4/6; 03-05 2/4; days without picks repeat the day before (03-02 takes 03-03's)
        assertThat(v.sparkline()).containsExactly(4 / 6.0, 4 / 6.0, 4 / 6.0, 0.5, 0.5, 0.5, 0.5);
        assertThat(value(Kpi.FILL_RATE, filter("WH-A", null))).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(value(Kpi.FILL_RATE, filter("ST-B", null))).isEqualTo(0.5);
        // shoes: GRY-41 1/1 + 2/2 → 1.0; tops: 2/2 + 3/1 + 2/0 → 3/7
        assertThat(value(Kpi.FILL_RATE, filter(null, "shoes"))).isEqualTo(1.0);
        assertThat(value(Kpi.FILL_RATE, filter(null, "tops"))).isCloseTo(3 / 7.0, within(1e-12));
        // nothing picked in January: no value
        assertThat(value(Kpi.FILL_RATE, KpiFilter.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 7)))).isNull();
    }

    @Test
    void picksPerHourIsConfirmedLinesPerActivePickerHour() {
        // 5 lines; picker-hours: walt 03-03 09h and 10h, sara 03-05 14h → 5/3
        KpiValue v = kpis.value(Kpi.PICKS_PER_HOUR, WEEK);
        assertThat(v.value()).isCloseTo(5 / 3.0, within(1e-12));
        assertThat(v.previous()).isEqualTo(1.0); // PL4: 1 line in walt's 11h
        assertThat(value(Kpi.PICKS_PER_HOUR, filter("WH-A", null))).isEqualTo(1.5); // 3 lines / 2 hours
        assertThat(value(Kpi.PICKS_PER_HOUR, filter("ST-B", null))).isEqualTo(2.0); // 2 lines / 1 hour
        // tops: BLK-S, BLK-M (walt 09h), BLK-M (sara 14h) → 3 / 2
        assertThat(value(Kpi.PICKS_PER_HOUR, filter(null, "tops"))).isEqualTo(1.5);
        assertThat(value(Kpi.PICKS_PER_HOUR, filter("ST-NONE", null))).isNull();

        DrillTable d = kpis.records(Kpi.FILL_RATE, WEEK);
        // worst filled first: PL2 2/4, PL1 4/6
        assertThat(d.rows()).extracting(DrillTable.Row::id).containsExactly("PL2", "PL1");
        assertThat(d.rows().getFirst().values()).containsExactly("PL2", "ST-B", 4L, 2L, 0.5);
        assertThat(d.rows()).allMatch(r -> r.target() == DrillTable.Target.PICK_LIST);
    }

    @Test
    void openTicketsAndSlaBreaches() {
        // T1, T3, T4, T5 are new, open or pending
        assertThat(value(Kpi.OPEN_TICKETS, WEEK)).isEqualTo(4.0);
        // T1 (03-03), T5 (03-05) answered late, T3 (03-08) unanswered past its deadline; T4 not due yet
        KpiValue v = kpis.value(Kpi.SLA_BREACHES, WEEK);
        assertThat(v.value()).isEqualTo(3.0);
        assertThat(v.previous()).isEqualTo(1.0); // T7
        assertThat(v.sparkline()).containsExactly(0.0, 1.0, 0.0, 1.0, 0.0, 0.0, 1.0);
        assertThat(kpis.records(Kpi.SLA_BREACHES, WEEK).rows()).extracting(DrillTable.Row::id)
                .containsExactly("T1", "T5", "T3");
        assertThat(kpis.records(Kpi.OPEN_TICKETS, WEEK).rows()).extracting(DrillTable.Row::id)
                .containsExactly("T1", "T5", "T3", "T4");

        // at 21:00 T4's deadline has passed too
        clock.set(Instant.parse("2026-03-08T21:00:00Z"));
        assertThat(value(Kpi.SLA_BREACHES, WEEK)).isEqualTo(4.0);
    }

    @Test
    void aConfirmedPickLineReportsOnlyThePickFigures() {
        List<Set<Kpi>> seen = new CopyOnWriteArrayList<>();
        kpis.onChange(seen::add);
        // walt picks the open BLK-S line (4/4) at 10:30: 10/14 filled, 6 lines in the same 3 hours
        cache.put(ResourceType.PICK_LIST, pickList("PL1", "WH-A", "u-walt",
                line("BLK-S", 2, 2, "PICKED", "u-walt", "2026-03-03T09:10:00Z"),
                line("BLK-M", 3, 1, "SHORT", "u-walt", "2026-03-03T09:40:00Z"),
                line("GRY-41", 1, 1, "PICKED", "u-walt", "2026-03-03T10:05:00Z"),
                line("BLK-S", 4, 4, "PICKED", "u-walt", "2026-03-03T10:30:00Z")));
        assertThat(seen).containsExactly(Set.of(Kpi.FILL_RATE, Kpi.PICKS_PER_HOUR));
        assertThat(value(Kpi.FILL_RATE, WEEK)).isCloseTo(10 / 14.0, within(1e-12));
        assertThat(value(Kpi.PICKS_PER_HOUR, WEEK)).isEqualTo(2.0);

        // packing PL2 changes no confirmed line: nothing reported
        seen.clear();
        cache.put(ResourceType.PICK_LIST, pickList("PL2", "ST-B", "u-sara",
                line("GRY-41", 2, 2, "PICKED", "u-sara", "2026-03-05T14:00:00Z"),
                line("BLK-M", 2, 0, "SHORT", "u-sara", "2026-03-05T14:30:00Z")).put("status", "PACKED").put("packageCount", 1));
        assertThat(seen).isEmpty();
    }

    @Test
    void aSolvedTicketReportsOnlyTheTicketFigures() {
        List<Set<Kpi>> seen = new CopyOnWriteArrayList<>();
        kpis.onChange(seen::add);
        // T4 is answered at 17:30 (before its 20:00 deadline) and solved
        cache.put(ResourceType.TICKET,
                ticket("T4", "SOLVED", "2026-03-08T20:00:00Z", "2026-03-08T17:30:00Z", reply("2026-03-08T17:30:00Z", false)));
        assertThat(seen).containsExactly(Set.of(Kpi.OPEN_TICKETS, Kpi.SLA_BREACHES));
        assertThat(value(Kpi.OPEN_TICKETS, WEEK)).isEqualTo(3.0);
        clock.set(Instant.parse("2026-03-08T21:00:00Z"));
        assertThat(value(Kpi.SLA_BREACHES, WEEK)).isEqualTo(3.0); // T4 was answered in time

        // T3 moves from NEW to OPEN unanswered: still open, same deadline → nothing reported
        seen.clear();
        cache.put(ResourceType.TICKET, ticket("T3", "OPEN", "2026-03-08T12:00:00Z", "2026-03-08T19:00:00Z"));
        assertThat(seen).isEmpty();
    }

    private static ObjectNode line(String sku, int qty, int picked, String status, String by, String at) {
        ObjectNode l = obj().put("id", "l-" + sku + "-" + qty).put("sku", sku).put("quantity", qty)
                .put("pickedQuantity", picked).put("status", status);
        if (by != null) {
            l.put("confirmedBy", by).put("confirmedAt", at);
        }
        return l;
    }

    private static ObjectNode pickList(String id, String location, String assignee, ObjectNode... lines) {
        ArrayNode ls = arr();
        for (ObjectNode l : lines) {
            ls.add(l);
        }
        ObjectNode p = obj().put("id", id).put("locationId", location).put("status", "IN_PROGRESS")
                .put("assigneeId", assignee).put("createdAt", "2026-03-01T08:00:00Z").put("version", 1);
        p.set("lines", ls);
        return p;
    }

    private static ObjectNode reply(String at, boolean internal) {
        return obj().put("id", "m-" + at).put("author", "AGENT").put("authorName", "Sam").put("body", "Hi")
                .put("internal", internal).put("at", at);
    }

    private static ObjectNode ticket(String id, String status, String due, String updated, ObjectNode... agentMessages) {
        ArrayNode ms = arr();
        ms.add(obj().put("id", "m-c-" + id).put("author", "CUSTOMER").put("authorName", "Cleo").put("body", "Where?")
                .put("internal", false).put("at", "2026-02-20T08:00:00Z"));
        for (ObjectNode m : agentMessages) {
            ms.add(m);
        }
        ObjectNode t = obj().put("id", id).put("subject", "About " + id).put("status", status).put("priority", "NORMAL")
                .put("channel", "EMAIL").put("slaDueAt", due).put("createdAt", "2026-02-20T08:00:00Z")
                .put("updatedAt", updated).put("version", 1);
        t.set("messages", ms);
        t.set("tags", arr());
        return t;
    }
}
