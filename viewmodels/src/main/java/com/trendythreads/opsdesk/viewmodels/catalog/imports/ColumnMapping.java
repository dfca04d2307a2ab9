package com.trendythreads.opsdesk.viewmodels.catalog.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/// One column of the file: its header, a sample value, and the field the user maps it to.
public final class ColumnMapping {

    private final int index;
    private final String header;
    private final String sample;
    private final ObjectProperty<ImportTarget> target;

    ColumnMapping(int index, String header, String sample, ImportTarget guess) {
        this.index = index;
        this.header = header;
        this.sample = sample;
        this.target = new SimpleObjectProperty<>(guess);
    }

    public int index() {
        return index;
    }

    public String header() {
        return header;
    }

    public String sample() {
        return sample;
    }

    public ObjectProperty<ImportTarget> targetProperty() {
        return target;
    }

    public ImportTarget target() {
        return target.get();
    }
}
