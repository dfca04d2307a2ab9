package com.trendythreads.opsdesk.platform.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.platform.seed.FashionSeeder;
import com.trendythreads.opsdesk.platform.seed.SeedScale;
import com.trendythreads.opsdesk.platform.store.Counters.Sequence;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class CountersTest {

    private static Jdbi emptyDatabase() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/platform").load().migrate();
        return Jdbi.create(url, "sa", "");
    }

    private static String next(Jdbi jdbi, Sequence sequence) {
        return jdbi.inTransaction(h -> Counters.next(h, sequence));
    }

    @Test
    void formatsPadToTheSequencesWidth() {
        assertThat(Sequence.PRODUCT.format(12)).isEqualTo("prd_000012");
        assertThat(Sequence.PRODUCT.format(1_234_567)).isEqualTo("prd_1234567");
        assertThat(Sequence.ORDER_NUMBER.format(1_000_001)).isEqualTo("TT-1000001");
        assertThat(Sequence.RETURN.format(3)).isEqualTo("RMA-0000003");
        assertThat(Sequence.MACRO.format(7)).isEqualTo("mac_007");
    }

    @Test
    void theServerContinuesWhereTheSeedStopped() {
        Jdbi jdbi = emptyDatabase();
        new FashionSeeder().seed(jdbi, SeedScale.TINY, Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC));
        Map<String, Long> seeded = jdbi.withHandle(h -> h.createQuery("SELECT name, next_value FROM counters")
                .map((rs, c) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        // one row per sequence, no counter the server does not know
        assertThat(seeded.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Sequence.values()).map(Sequence::counter).toList());

        assertThat(next(jdbi, Sequence.PRODUCT))
                .isEqualTo(Sequence.PRODUCT.format(seeded.get("product")));
        assertThat(next(jdbi, Sequence.ORDER_NUMBER))
                .isEqualTo(Sequence.ORDER_NUMBER.format(seeded.get("order_number")));
        assertThat(next(jdbi, Sequence.ORDER_LINE))
                .isEqualTo(Sequence.ORDER_LINE.format(seeded.get("line")));
        // the highest seeded id of a keyed sequence is the one just before the counter
        String highestTicket = jdbi.withHandle(h -> h.createQuery(
                "SELECT id FROM tickets ORDER BY LENGTH(id) DESC, id DESC LIMIT 1").mapTo(String.class).one());
        assertThat(highestTicket).isEqualTo(Sequence.TICKET.format(seeded.get("ticket") - 1));
    }

    @Test
    void aMissingCounterStartsAfterTheTablesIdsAndTakenIdsAreSkipped() {
        Jdbi jdbi = emptyDatabase();
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO transfers (id, status, from_location_id, to_location_id, created_at, version, doc)"
                    + " VALUES ('trf_000007', 'DRAFT', 'A', 'B', CURRENT_TIMESTAMP, 1, '{}')");
            h.execute("INSERT INTO transfers (id, status, from_location_id, to_location_id, created_at, version, doc)"
                    + " VALUES ('trf_000009', 'DRAFT', 'A', 'B', CURRENT_TIMESTAMP, 1, '{}')");
        });
        assertThat(next(jdbi, Sequence.TRANSFER)).isEqualTo("trf_000010");
        assertThat(next(jdbi, Sequence.PAYMENT)).isEqualTo("pay_00000001");

        // a counter left behind by rows written without it: the taken ids are skipped
        jdbi.useHandle(h -> h.execute("UPDATE counters SET next_value = 9 WHERE name = 'transfer'"));
        for (String id : new String[] {"trf_000010", "trf_000011"}) {
            jdbi.useHandle(h -> h.execute("INSERT INTO transfers (id, status, from_location_id, to_location_id,"
                    + " created_at, version, doc) VALUES (?, 'DRAFT', 'A', 'B', CURRENT_TIMESTAMP, 1, '{}')", id));
        }
        assertThat(next(jdbi, Sequence.TRANSFER)).isEqualTo("trf_000012");
    }
}
