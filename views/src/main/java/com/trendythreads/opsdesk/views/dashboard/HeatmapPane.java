package com.trendythreads.opsdesk.views.dashboard;

import com.trendythreads.opsdesk.viewmodels.dashboard.HeatmapRowItem;
import com.trendythreads.opsdesk.viewmodels.dashboard.StockDashboardViewModel;
import com.trendythreads.opsdesk.viewmodels.dashboard.StockDashboardViewModel.CellKey;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/// The category × location heatmap: a header row of locations, then one row per category with one coloured
/// cell per location (the band's style class: `heat-critical`, `heat-low`, `heat-ok`, `heat-high`,
/// `heat-none`). Clicking a cell narrows the dashboard's lists to it.
final class HeatmapPane extends GridPane {

    private final StockDashboardViewModel vm;

    HeatmapPane(StockDashboardViewModel vm) {
        this.vm = vm;
        getStyleClass().add("heatmap");
        setHgap(3);
        setVgap(3);
        vm.heatmap().addListener((ListChangeListener<HeatmapRowItem>) c -> rebuild());
        vm.selectedCellProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        getColumnConstraints().clear();
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        labels.setPrefWidth(140);
        labels.setHgrow(Priority.SOMETIMES);
        getColumnConstraints().add(labels);
        for (int i = 0; i < vm.columns().size(); i++) {
            ColumnConstraints c = new ColumnConstraints(40, 56, 96);
            c.setHgrow(Priority.ALWAYS);
            c.setHalignment(HPos.CENTER);
            getColumnConstraints().add(c);
            String loc = vm.columns().get(i);
            add(header(loc), i + 1, 0);
        }
        CellKey selected = vm.selectedCellProperty().get();
        int r = 1;
        for (HeatmapRowItem row : vm.heatmap()) {
            Label name = new Label(row.label());
            name.getStyleClass().add("heat-row-label");
            name.setTooltip(new Tooltip(row.label()));
            add(name, 0, r);
            int c = 1;
            for (HeatmapRowItem.Cell cell : row.cells()) {
                add(cell(cell, selected), c++, r);
            }
            r++;
        }
    }

    private Label cell(HeatmapRowItem.Cell cell, CellKey selected) {
        Label l = new Label(cell.text());
        l.getStyleClass().addAll("heat-cell", "heat-" + cell.band().name().toLowerCase(Locale.ROOT));
        if (selected != null && selected.categoryId().equals(cell.categoryId())
                && selected.locationId().equals(cell.locationId())) {
            l.getStyleClass().add("heat-selected");
        }
        l.setId("heat-" + cell.categoryId() + "-" + cell.locationId());
        l.setAlignment(Pos.CENTER);
        l.setMaxWidth(Double.MAX_VALUE);
        Tooltip t = new Tooltip(cell.tooltip());
        t.setShowDelay(Duration.millis(250));
        l.setTooltip(t);
        if (cell.band() != HeatmapRowItem.Band.NONE) {
            l.setOnMouseClicked(e -> vm.selectCell(cell.categoryId(), cell.locationId()));
        }
        return l;
    }

    /// Location ids are codes with a kind prefix (`WH-BER`, `ST-BER-MITTE`): the kind on a small first line,
    /// the place below, so eight columns fit; the tooltip names the location.
    private Node header(String id) {
        int dash = id.indexOf('-');
        Label kind = new Label(dash > 0 ? id.substring(0, dash) : "");
        kind.getStyleClass().add("heat-header-kind");
        // a long place (BER-MITTE) takes two lines rather than an ellipsis
        Label place = new Label((dash > 0 ? id.substring(dash + 1) : id).replace('-', '\n'));
        place.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        place.getStyleClass().add("heat-header");
        VBox box = new VBox(kind, place);
        box.setAlignment(Pos.BOTTOM_CENTER);
        Tooltip.install(box, new Tooltip(vm.locationName(id)));
        return box;
    }
}
