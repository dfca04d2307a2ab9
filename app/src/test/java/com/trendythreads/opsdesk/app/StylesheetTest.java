package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// JavaFX drops every rule after a stray or missing brace with one log line, so a broken stylesheet
/// shows only as screens that quietly lose their look. This fails the build instead.
class StylesheetTest {

    @Test
    void theAppStylesheetHasNoUnclosedOrNestedRule() throws IOException {
        String css;
        try (InputStream in = getClass().getResourceAsStream("/com/trendythreads/opsdesk/views/app.css")) {
            assertThat(in).as("app.css on the class path").isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        List<String> problems = new ArrayList<>();
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{' && ++depth > 1) {
                problems.add("a rule opens inside another at line " + line + " (a '}' is missing above it)");
                depth = 1;
            } else if (c == '}' && --depth < 0) {
                problems.add("a '}' closes nothing at line " + line);
                depth = 0;
            }
        }
        if (depth != 0) {
            problems.add("the last rule is not closed");
        }
        assertThat(problems).isEmpty();
    }
}
