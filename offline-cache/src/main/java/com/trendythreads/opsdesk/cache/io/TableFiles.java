package com.trendythreads.opsdesk.cache.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/// Reads and writes CSV and XLSX sheets (jackson-dataformat-csv, FastExcel) for imports, exports and
/// reports. Writing streams rows, so an export of the whole catalog does not hold it twice in memory.
public final class TableFiles {

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private TableFiles() {
    }

    /// Writes `header` and `rows` to `file` in the format its extension names. Numbers stay numbers in
    /// XLSX; every other cell is written as text (`null` as empty).
    public static void write(Path file, List<String> header, Iterator<? extends List<?>> rows) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                switch (TableFormat.of(file)) {
                    case CSV -> writeCsv(out, header, rows);
                    case XLSX -> writeXlsx(out, header, rows);
                }
            }
            // A half-written export must never look like a finished one.
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static void write(Path file, List<String> header, List<? extends List<?>> rows) {
        write(file, header, rows.iterator());
    }

    /// Reads the first sheet of `file`: its first row is the header.
    ///
    /// @throws UncheckedIOException when the file cannot be read, naming it
    public static Table read(Path file) {
        try {
            List<List<String>> all = switch (TableFormat.of(file)) {
                case CSV -> readCsv(Files.readString(file, StandardCharsets.UTF_8));
                case XLSX -> readXlsx(file);
            };
            if (all.isEmpty()) {
                return new Table(List.of(), List.of());
            }
            List<String> header = all.getFirst().stream().map(String::strip).toList();
            return new Table(header, all.subList(1, all.size()).stream().filter(r -> !blankRow(r)).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static void writeCsv(OutputStream out, List<String> header, Iterator<? extends List<?>> rows)
            throws IOException {
        // A BOM so that Excel opens the UTF-8 file with umlauts intact.
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter seq = CSV.writer(CsvSchema.emptySchema()).writeValues(w)) {
            seq.write(header);
            while (rows.hasNext()) {
                List<?> row = rows.next();
                List<String> cells = new ArrayList<>(row.size());
                for (Object cell : row) {
                    cells.add(cell == null ? "" : cell.toString());
                }
                seq.write(cells);
            }
        }
    }

    private static void writeXlsx(OutputStream out, List<String> header, Iterator<? extends List<?>> rows)
            throws IOException {
        Workbook wb = new Workbook(out, "Ops Desk", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
            ws.style(0, c).bold().set();
        }
        int r = 1;
        while (rows.hasNext()) {
            List<?> row = rows.next();
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number n) {
                    ws.value(r, c, n);
                } else if (cell != null) {
                    ws.value(r, c, cell.toString());
                }
            }
            if (r % 10_000 == 0) {
                ws.flush();
            }
            r++;
        }
        wb.finish();
    }

    private static List<List<String>> readCsv(String text) throws IOException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<List<String>> out = new ArrayList<>();
        try (Reader r = new StringReader(text);
             MappingIterator<List<String>> it = CSV.readerForListOf(String.class).with(schema).readValues(r)) {
            while (it.hasNext()) {
                out.add(it.next());
            }
        }
        return out;
    }

    /// `;` when the header line has more of them than commas (Excel in a German locale writes those).
    private static char separator(String text) throws IOException {
        String first = new BufferedReader(new StringReader(text)).readLine();
        if (first == null) {
            return ',';
        }
        long semis = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semis > commas ? ';' : ',';
    }

    private static List<List<String>> readXlsx(Path file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile());
             var stream = wb.getFirstSheet().openStream()) {
            stream.forEach((Row row) -> {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getText() == null ? "" : cell.getText());
                }
                out.add(cells);
            });
        }
        return out;
    }

    private static boolean blankRow(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }
}
