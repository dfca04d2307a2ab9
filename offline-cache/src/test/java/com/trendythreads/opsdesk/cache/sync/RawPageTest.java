package com.trendythreads.opsdesk.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.Json;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/// The initial sync keeps each item of a list page as the bytes that came, beside its tree, and stores
/// those bytes as the document.
class RawPageTest {

    @Test
    void keepsEveryItemsOwnTextBesideItsTree() throws Exception {
        String first = "{\"id\":\"cus_1\",\"name\":\"Zoë \\\"Zo\\\" Müller\",\"tags\":[\"a\",{\"b\":[]}],\"version\":3}";
        String second = "{\"id\":\"cus_2\",\"note\":\"}{ ] [\",\"nested\":{\"x\":{\"y\":1.5}},\"version\":1}";
        String body = "{\"total\":2,\"items\":[" + first + " , " + second + "],\"unknown\":{\"items\":[1]},"
                + "\"nextCursor\":\"abc\",\"changeToken\":\"42\"}";

        InitialSync.RawPage page = InitialSync.RawPage.parse(body.getBytes(StandardCharsets.UTF_8));

        assertThat(page.texts()).containsExactly(first, second);
        assertThat(page.items()).containsExactly(Json.mapper().readTree(first), Json.mapper().readTree(second));
        for (JsonNode item : page.items()) {
            assertThat(Json.mapper().readTree(page.textOf().apply(item))).isEqualTo(item);
        }
        assertThat(page.total()).isEqualTo(2L);
        assertThat(page.nextCursor()).isEqualTo("abc");
        assertThat(page.changeToken()).isEqualTo("42");
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void aLastPageHasNoCursorAndNoTotal() throws Exception {
        InitialSync.RawPage page = InitialSync.RawPage.parse(
                "{\"items\":[],\"nextCursor\":null,\"changeToken\":\"7\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
        assertThat(page.total()).isNull();
    }

    @Test
    void aBodyThatIsNoListPageIsRefused() {
        assertThatThrownBy(() -> InitialSync.RawPage.parse("{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> InitialSync.RawPage.parse("[]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPageCutShortOrFollowedByJunkIsRefused() {
        String page = "{\"items\":[{\"id\":\"a\",\"version\":1}],\"nextCursor\":null}";
        assertThatThrownBy(() -> InitialSync.RawPage.parse((page + " {\"items\":[]}").getBytes(StandardCharsets.UTF_8)))
                .as("a second document after the page").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> InitialSync.RawPage.parse(page.substring(0, page.length() - 1)
                .getBytes(StandardCharsets.UTF_8))).as("cut before its closing brace").isInstanceOf(Exception.class);
        assertThatThrownBy(() -> InitialSync.RawPage.parse((page + "\u00ff\u0000,\"#garbled")
                .getBytes(StandardCharsets.UTF_8))).as("the platform's malformed-answer fault").isInstanceOf(Exception.class);
    }
}
