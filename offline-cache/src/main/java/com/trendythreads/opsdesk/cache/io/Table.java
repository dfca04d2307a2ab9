package com.trendythreads.opsdesk.cache.io;

import java.util.ArrayList;
import java.util.List;

/// A sheet read from a file: the header row and the data rows, every cell as text ("" when empty).
/// Rows are padded to the header's width so a short row reads as blank cells, not as an error.
public record Table(List<String> header, List<List<String>> rows) {

    public Table {
        header = List.copyOf(header);
        List<List<String>> padded = new ArrayList<>(rows.size());
        for (List<String> r : rows) {
            List<String> row = new ArrayList<>(r);
            while (row.size() < header.size()) {
                row.add("");
            }
            padded.add(List.copyOf(row));
        }
        rows = List.copyOf(padded);
    }
}
