package com.trendythreads.opsdesk.views.dashboard;

import com.trendythreads.opsdesk.viewmodels.dashboard.SizeCurveItem;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/// A style's row: title and colour, then one chip per size (size over units; a missing size in red).
final class SizeCurveCell extends ListCell<SizeCurveItem> {

    @Override
    protected void updateItem(SizeCurveItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        Label title = new Label(item.title());
        title.getStyleClass().add("size-style-title");
        Label colour = new Label(item.colour() + " · " + item.locationId() + " · " + item.missing());
        colour.getStyleClass().add("text-muted");
        VBox name = new VBox(1, title, colour);
        name.setMinWidth(150);
        name.setPrefWidth(150);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox chips = new HBox(3);
        chips.setAlignment(Pos.CENTER_RIGHT);
        for (SizeCurveItem.Size s : item.sizes()) {
            Label size = new Label(s.size());
            size.getStyleClass().add("size-chip-size");
            Label units = new Label(Integer.toString(s.available()));
            units.getStyleClass().add("size-chip-units");
            VBox chip = new VBox(size, units);
            chip.setAlignment(Pos.CENTER);
            chip.getStyleClass().addAll("size-chip", s.available() > 0 ? "size-in" : "size-out");
            chips.getChildren().add(chip);
        }
        Region gap = new Region();
        HBox row = new HBox(8, name, gap, chips);
        row.setAlignment(Pos.CENTER_LEFT);
        setGraphic(row);
        setTooltip(new Tooltip(item.title() + " (" + item.colour() + ", " + item.locationId() + ")"));
    }
}
