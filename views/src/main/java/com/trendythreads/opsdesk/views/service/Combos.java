package com.trendythreads.opsdesk.views.service;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/// Combo boxes whose items (and a null "any" choice) show as the ViewModel words them.
final class Combos {

    private Combos() {
    }

    static <T> void texts(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(lv -> cell(text, false));
        box.setButtonCell(cell(text, true));
    }

    private static <T> ListCell<T> cell(Function<T, String> text, boolean button) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                // the button shows the null choice ("any") too; a list cell that is empty shows nothing
                setText(empty && !button ? null : text.apply(empty ? null : item));
            }
        };
    }
}
