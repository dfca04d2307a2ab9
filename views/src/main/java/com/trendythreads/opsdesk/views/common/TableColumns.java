package com.trendythreads.opsdesk.views.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/// Table columns over the immutable row items the ViewModels publish: a changed row is a new item, so a cell
/// reads its value once and never needs to observe it.
public final class TableColumns {

    private TableColumns() {
    }

    /// Shows `value` of each row in `column`.
    public static <S, T> void value(TableColumn<S, T> column, Function<S, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
