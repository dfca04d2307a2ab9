package com.trendythreads.opsdesk.views.inventory;

import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/// Table helpers shared by the inventory screens: headers that fit, placeholders.
final class Columns {

    /// Header font of the dense inventory tables (bold 12px) and the header's padding plus sort-arrow room.
    private static final Font HEADER_FONT = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 12);
    private static final double HEADER_PADDING = 15;

    private Columns() {
    }

    /// A fixed-width column exactly as wide as its (short) header, or `atLeast` if wider, with the full name as
    /// the header's tooltip.
    static void fixed(TableColumn<?, ?> c, String fullName, double atLeast) {
        fit(c, fullName, atLeast);
        c.setMaxWidth(c.getPrefWidth());
        c.setResizable(false);
    }

    /// A column at least as wide as its (short) header; the full name is the header's tooltip.
    static void fit(TableColumn<?, ?> c, String fullName, double atLeast) {
        String shortName = c.getText();
        Text probe = new Text(shortName);
        probe.setFont(HEADER_FONT);
        double w = Math.max(atLeast, Math.ceil(probe.getLayoutBounds().getWidth() + HEADER_PADDING));
        c.setMinWidth(w);
        c.setPrefWidth(w);
        if (fullName != null && !fullName.equals(shortName)) {
            Label header = new Label(shortName);
            header.getStyleClass().add("header-tip");
            header.setTooltip(new Tooltip(fullName));
            c.setText(null);
            c.setGraphic(header);
        }
    }

    /// A muted, localized placeholder instead of JavaFX's "No content in table".
    static void placeholder(TableView<?> t, String text) {
        Label l = new Label(text);
        l.getStyleClass().add("inventory-placeholder");
        l.setWrapText(true);
        t.setPlaceholder(l);
    }

    /// Weeks of cover: the figure, or `noSales` in muted text where the text is empty (the level did not sell).
    static <S> TableCell<S, String> coverCell(String noSales) {
        return new TableCell<>() {
            @Override
            protected void updateItem(String cover, boolean empty) {
                super.updateItem(cover, empty);
                boolean none = !empty && cover != null && cover.isEmpty();
                setText(empty || cover == null ? null : none ? noSales : cover);
                if (none) {
                    if (!getStyleClass().contains("no-sales")) {
                        getStyleClass().add("no-sales");
                    }
                } else {
                    getStyleClass().remove("no-sales");
                }
            }
        };
    }
}
