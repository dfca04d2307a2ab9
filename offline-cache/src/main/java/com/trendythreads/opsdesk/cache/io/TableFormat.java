package com.trendythreads.opsdesk.cache.io;

import java.nio.file.Path;
import java.util.Locale;

/// The spreadsheet formats the desk imports and exports.
public enum TableFormat {
    CSV("csv"), XLSX("xlsx");

    private final String extension;

    TableFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /// The format a file's extension names.
    ///
    /// @throws IllegalArgumentException for any other extension, naming the file
    public static TableFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (TableFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        throw new IllegalArgumentException(file.getFileName() + " is neither a .csv nor an .xlsx file");
    }
}
