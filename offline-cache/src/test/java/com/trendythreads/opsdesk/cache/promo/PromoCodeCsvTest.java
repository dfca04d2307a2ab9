package com.trendythreads.opsdesk.cache.promo;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoScope;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromoCodeCsvTest {

    @TempDir
    Path tmp;

    static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-12-31T23:59:59Z");

    private static final List<PromoCode> CODES = List.of(
            new PromoCode("XMAS10", PromoType.PERCENT, 10, FROM, UNTIL, 1000, 1, 2_000L,
                    new PromoScope(List.of("cat_1", "cat_2"), List.of()), null, true, 3, FROM, 2),
            new PromoCode("FIVE-OFF", PromoType.FIXED_AMOUNT, 500, FROM, null, null, null, null, null, "cmp_1", true, 0,
                    FROM, 1),
            new PromoCode("SHIP_FREE", PromoType.FREE_SHIPPING, 0, FROM, UNTIL, null, 2, null,
                    new PromoScope(List.of(), List.of("prd_9")), null, false, 0, FROM, 1));

    @Test
    void exportThenImportGivesTheSameCodes() {
        for (String name : List.of("codes.csv", "codes.xlsx")) {
            Path file = tmp.resolve(name);
            PromoCodeCsv.export(file, CODES);
            PromoCodeCsv.Preview p = PromoCodeCsv.preview(file, c -> false);
            assertThat(p.fileErrors()).as(name).isEmpty();
            assertThat(p.errorRows()).as(name).isZero();
            assertThat(p.importable()).as(name).containsExactly(
                    new PromoCodeCreate("XMAS10", PromoType.PERCENT, 10L, FROM, UNTIL, 1000, 1, 2_000L,
                            new PromoScope(List.of("cat_1", "cat_2"), List.of()), null),
                    new PromoCodeCreate("FIVE-OFF", PromoType.FIXED_AMOUNT, 500L, FROM, null, null, null, null, null,
                            "cmp_1"),
                    new PromoCodeCreate("SHIP_FREE", PromoType.FREE_SHIPPING, 0L, FROM, UNTIL, null, 2, null,
                            new PromoScope(List.of(), List.of("prd_9")), null));
        }
    }

    @Test
    void badRowsAreShownWithTheirErrorsAndNotImported() throws Exception {
        Path file = tmp.resolve("bad.csv");
        Files.writeString(file, String.join("\n",
                "code,type,value,validFrom,validUntil",
                "GOOD1,PERCENT,10,2026-12-01T00:00:00Z,",                         // line 2: fine
                "TOOMUCH,PERCENT,150,2026-12-01T00:00:00Z,",                      // 3: percent > 100
                "BACKWARDS,PERCENT,5,2026-12-31T00:00:00Z,2026-12-01T00:00:00Z",  // 4: end before start
                "good1,PERCENT,10,2026-12-01T00:00:00Z,",                         // 5: GOOD1 again (upper-cased)
                "TAKEN,PERCENT,10,2026-12-01T00:00:00Z,",                         // 6: on the desk already
                "WHAT,HALF_OFF,10,2026-12-01T00:00:00Z,",                         // 7: no such type
                "NUMBER,FIXED_AMOUNT,5.00,2026-12-01T00:00:00Z,",                 // 8: cents, not euros
                "WHEN,PERCENT,5,1 Dec 2026,"                                      // 9: not an instant
        ) + "\n");
        PromoCodeCsv.Preview p = PromoCodeCsv.preview(file, "TAKEN"::equals);

        assertThat(p.rows()).hasSize(8);
        assertThat(p.rows()).extracting(PromoCodeCsv.Row::line).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(p.rows()).extracting(r -> r.violations().stream().map(v -> v.field() + ":" + v.code()).toList())
                .containsExactly(
                        List.of(),
                        List.of("value:rule.promo.percent"),
                        List.of("validUntil:rule.promo.endAfterStart"),
                        List.of("code:rule.promo.duplicateInFile"),
                        List.of("code:rule.promo.duplicate"),
                        List.of("type:rule.promo.cell.type"),
                        List.of("value:rule.promo.cell.number"),
                        List.of("validFrom:rule.promo.cell.date"));
        assertThat(p.rows().get(3).violations().getFirst().args()).containsExactly(2);
        assertThat(p.errorRows()).isEqualTo(7);
        assertThat(p.importable()).extracting(PromoCodeCreate::code).containsExactly("GOOD1");
    }

    @Test
    void aFileWithoutARequiredColumnImportsNothing() throws Exception {
        Path file = tmp.resolve("nocols.csv");
        Files.writeString(file, "code,value\nA100,10\n");
        PromoCodeCsv.Preview p = PromoCodeCsv.preview(file, c -> false);
        assertThat(p.fileErrors()).extracting(Violation::field).containsExactly("type", "validFrom");
        assertThat(p.importable()).isEmpty();
    }
}
