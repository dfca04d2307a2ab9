package com.trendythreads.opsdesk.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DocTableTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private Jdbi jdbi;
    private DocTable<Category> categories;

    @BeforeEach
    void setUp() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/platform").load().migrate();
        jdbi = Jdbi.create(url, "sa", "");
        categories = new DocTable<>(new DocTable.Spec<>("categories", "id", Category.class, Category::id,
                Category::version, c -> { var m = new java.util.HashMap<String, Object>(); m.put("parent_id", c.parentId()); return m; }), json);
    }

    private static Category category(String id, String parent, long version) {
        return new Category(id, "Name of " + id, parent, List.of(), version);
    }

    @Test
    void storesTheRecordAndItsColumnsTogether() {
        jdbi.useHandle(h -> categories.insert(h, category("cat-women", null, 1)));
        jdbi.useHandle(h -> categories.insert(h, category("cat-women-dresses", "cat-women", 1)));

        Optional<Category> stored = jdbi.withHandle(h -> categories.find(h, "cat-women-dresses"));
        String parentColumn = jdbi.withHandle(h -> h.createQuery(
                "SELECT parent_id FROM categories WHERE id = 'cat-women-dresses'").mapTo(String.class).one());

        assertThat(stored).contains(category("cat-women-dresses", "cat-women", 1));
        assertThat(parentColumn).isEqualTo("cat-women");
    }

    @Test
    void updateRefusesAStaleVersion() {
        jdbi.useHandle(h -> categories.insert(h, category("cat-men", null, 1)));
        jdbi.useHandle(h -> categories.update(h, category("cat-men", null, 2), 1));

        assertThatThrownBy(() -> jdbi.useHandle(h -> categories.update(h, category("cat-men", null, 3), 1)))
                .isInstanceOf(IllegalStateException.class);
        Category stored = jdbi.withHandle(h -> categories.find(h, "cat-men")).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void pagesVisitEveryMatchingRowOnceInOrder() {
        jdbi.useHandle(h -> {
            for (int i = 0; i < 23; i++) {
                categories.insert(h, category("cat-%02d".formatted(i), i % 2 == 0 ? "even" : "odd", 1));
            }
        });
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String c = cursor;
            var slice = jdbi.withHandle(h -> categories.page(h, Filter.all().eq("parent_id", "even"),
                    DocTable.Sort.BY_ID, c, 5));
            slice.items().forEach(x -> seen.add(x.id()));
            cursor = slice.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(12).isSorted().doesNotHaveDuplicates().allMatch(id -> Integer.parseInt(id.substring(4)) % 2 == 0);
    }

    @Test
    void aForeignCursorIsRejected() {
        assertThatThrownBy(() -> jdbi.useHandle(h -> categories.page(h, Filter.all(), DocTable.Sort.BY_ID, "bm90LW1pbmU", 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cursor");
        assertThatThrownBy(() -> jdbi.useHandle(h -> categories.page(h, Filter.all().where(true, "1 = 1", Map.of()),
                DocTable.Sort.BY_ID, "%%%", 5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
