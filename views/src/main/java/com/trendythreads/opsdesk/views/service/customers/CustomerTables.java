package com.trendythreads.opsdesk.views.service.customers;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/// Table helpers of the customer screens.
final class CustomerTables {

    private CustomerTables() {
    }

    /// Cells that show their whole text as a tooltip (a long reason or consent state cut by the column).
    static <S> void withTooltips(TableColumn<S, String> c) {
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
    }

    /// A muted, localized placeholder instead of JavaFX's "No content in table".
    static void placeholder(TableView<?> table, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        table.setPlaceholder(l);
    }
}
