package com.trendythreads.opsdesk.views.inventory;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/// Read-only table columns from a getter.
final class Columns {

    private Columns() {
    }

    static <S, T> void of(TableColumn<S, T> c, Function<S, T> getter) {
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(getter.apply(cd.getValue())));
    }
}
