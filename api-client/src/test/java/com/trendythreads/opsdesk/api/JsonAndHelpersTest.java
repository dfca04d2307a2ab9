package com.trendythreads.opsdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.trendythreads.opsdesk.api.sync.Change;
import com.trendythreads.opsdesk.api.sync.ChangePage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JsonAndHelpersTest {

    record Dated(Instant at, LocalDate on, String note) {
    }

    @Test
    void timesAreIsoStringsAndNullsAreWrittenExceptInRequests() throws Exception {
        Dated d = new Dated(Instant.parse("2025-06-01T10:15:30Z"), LocalDate.of(2025, 6, 1), null);
        assertThat(Json.mapper().writeValueAsString(d))
                .isEqualTo("{\"at\":\"2025-06-01T10:15:30Z\",\"on\":\"2025-06-01\",\"note\":null}");
        assertThat(Json.requestMapper().writeValueAsString(d))
                .isEqualTo("{\"at\":\"2025-06-01T10:15:30Z\",\"on\":\"2025-06-01\"}");
        assertThat(Json.mapper().readValue("{\"at\":\"2025-06-01T10:15:30Z\",\"on\":\"2025-06-01\"}", Dated.class))
                .isEqualTo(new Dated(d.at(), d.on(), null));
    }

    @Test
    void clientIgnoresUnknownFieldsStrictModeDoesNot() throws Exception {
        String json = "{\"at\":\"2025-06-01T10:15:30Z\",\"on\":\"2025-06-01\",\"note\":\"x\",\"newField\":1}";
        assertThat(Json.mapper().readValue(json, Dated.class).note()).isEqualTo("x");
        assertThatThrownBy(() -> Json.strict().readValue(json, Dated.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void changeFeedDtosRoundTrip() throws Exception {
        ObjectMapper m = Json.strict();
        ChangePage page = m.readValue("""
                {"changes":[{"token":"17","resource":"product","id":"prd_1","op":"upsert","version":3,
                              "at":"2025-06-01T10:00:00Z","data":{"id":"prd_1","title":"Tee"}},
                             {"token":"18","resource":"product","id":"prd_2","op":"delete","version":4,
                              "at":"2025-06-01T10:00:01Z","data":null}],
                 "nextToken":"18","hasMore":false}
                """, ChangePage.class);
        Change first = page.changes().getFirst();
        assertThat(first.isUpsert()).isTrue();
        assertThat(first.data().get("title").asText()).isEqualTo("Tee");
        assertThat(page.changes().get(1).isRemoval()).isTrue();
        assertThat(page.changes().get(1).dataAs(Map.class, m)).isNull();
        assertThat(m.readValue(m.writeValueAsString(page), ChangePage.class)).isEqualTo(page);
    }

    @Test
    void aPageDecodesItsTotalOnTheFirstPageAndNullWhenAbsent() throws Exception {
        for (ObjectMapper m : List.of(Json.strict(), Json.mapper())) {
            TypeReference<Page<Integer>> type = new TypeReference<>() { };
            Page<Integer> first = m.readValue("""
                    {"items":[1,2],"nextCursor":"c2","changeToken":"7","total":5}""", type);
            assertThat(first).isEqualTo(new Page<>(List.of(1, 2), "c2", "7", 5L));
            Page<Integer> later = m.readValue("""
                    {"items":[3],"changeToken":"7"}""", type);
            assertThat(later.total()).isNull();
            assertThat(later.nextCursor()).isNull();
            assertThat(later).isEqualTo(new Page<>(List.of(3), null, "7"));
            assertThat(m.readValue(m.writeValueAsString(first), type)).isEqualTo(first);
        }
    }

    @Test
    void pagesFollowCursorsLazilyAndKeepTheFirstChangeToken() {
        Map<String, Page<Integer>> pages = new HashMap<>();
        pages.put(null, new Page<>(List.of(1, 2), "c2", "tok-A", 5L));
        pages.put("c2", new Page<>(List.of(3), "c3", "tok-B"));
        pages.put("c3", new Page<>(List.of(4, 5), null, "tok-C"));
        AtomicInteger fetches = new AtomicInteger();

        assertThat(Pages.items(c -> {
            fetches.incrementAndGet();
            return pages.get(c);
        }).limit(2).toList()).containsExactly(1, 2);
        assertThat(fetches).as("lazy").hasValue(1);

        Page<Integer> all = Pages.collect(pages::get);
        assertThat(all.items()).containsExactly(1, 2, 3, 4, 5);
        assertThat(all.changeToken()).isEqualTo("tok-A");
        assertThat(all.total()).as("the first page's total").isEqualTo(5L);
        assertThat(all.hasNext()).isFalse();

        assertThatThrownBy(() -> Pages.collect(c -> new Page<>(List.of(1), "same", null)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void idempotencyKeysAreUniqueUuidV7() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String k = IdempotencyKeys.newKey();
            UUID u = UUID.fromString(k);
            assertThat(u.version()).isEqualTo(7);
            assertThat(u.variant()).isEqualTo(2);
            keys.add(k);
        }
        assertThat(keys).hasSize(1000);
    }

    @Test
    void etagsCarryTheVersion() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThat(ETags.version("\"7\"")).hasValue(7);
        assertThat(ETags.version("W/\"8\"")).hasValue(8);
        assertThat(ETags.version("\"abc\"")).isEmpty();
        assertThat(ETags.version(null)).isEmpty();
    }
}
