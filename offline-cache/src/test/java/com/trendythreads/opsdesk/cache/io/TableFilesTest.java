package com.trendythreads.opsdesk.cache.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"export.csv", "export.xlsx"})
    void whatIsWrittenReadsBackCellForCell(String name) {
        Path file = dir.resolve(name);
        TableFiles.write(file, List.of("sku", "title", "price"), List.of(
                Arrays.asList("LD-1-M", "Kleid \"Größe\", lang", 49.99),
                Arrays.asList("LD-1-L", null, 12)));
        Table t = TableFiles.read(file);
        assertThat(t.header()).containsExactly("sku", "title", "price");
        assertThat(t.rows()).containsExactly(
                List.of("LD-1-M", "Kleid \"Größe\", lang", "49.99"),
                List.of("LD-1-L", "", "12"));
        assertThat(dir.resolve(name + ".part")).doesNotExist();
    }

    @Test
    void aSemicolonCsvFromExcelWithBomAndShortRowsReads() throws Exception {
        Path file = dir.resolve("excel.csv");
        Files.writeString(file, "\uFEFFsku;price;status\nA-1;10,50\n;;\nB-2;3;ACTIVE\n", StandardCharsets.UTF_8);
        Table t = TableFiles.read(file);
        assertThat(t.header()).containsExactly("sku", "price", "status");
        assertThat(t.rows()).as("blank rows dropped, short rows padded")
                .containsExactly(List.of("A-1", "10,50", ""), List.of("B-2", "3", "ACTIVE"));
    }

    @Test
    void anotherExtensionIsRefusedByName() {
        assertThatThrownBy(() -> TableFiles.read(dir.resolve("prices.txt")))
                .hasMessage("prices.txt is neither a .csv nor an .xlsx file");
    }
}
