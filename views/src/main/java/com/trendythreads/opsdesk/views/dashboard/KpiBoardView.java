package com.trendythreads.opsdesk.views.dashboard;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.Appearance;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.dashboard.DashboardPeriod;
import com.trendythreads.opsdesk.viewmodels.dashboard.DashboardViewModel;
import com.trendythreads.opsdesk.viewmodels.dashboard.FilterChoice;
import com.trendythreads.opsdesk.viewmodels.dashboard.KpiTileViewModel;
import com.trendythreads.opsdesk.views.common.Choices;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import jakarta.inject.Inject;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/// The KPI tiles: filters on top, a 4-column grid of TilesFX tiles (sales, returns and marketing, stock,
/// operations, a row each), and the records behind the clicked tile below. F5 refreshes, Ctrl+E exports.
public final class KpiBoardView implements Activatable {

    static final int COLUMNS = 4;
    /// Narrower than this a tile cuts its figure; the grid drops a column instead.
    static final double MIN_TILE_WIDTH = 250;
    private static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private final DashboardViewModel vm;
    private final ViewLoader loader;
    private final Appearance appearance;
    private final I18n i18n;
    private final List<KpiTile> tiles = new ArrayList<>();
    private Parent drillRoot;

    @FXML private BorderPane board;
    @FXML private ComboBox<DashboardPeriod> period;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private ComboBox<FilterChoice> dashLocation;
    @FXML private ComboBox<FilterChoice> dashChannel;
    @FXML private ComboBox<FilterChoice> dashCategory;
    @FXML private ProgressIndicator busy;
    @FXML private Button refreshButton;
    @FXML private Button exportButton;
    @FXML private Label periodLabel;
    @FXML private Label asOfLabel;
    @FXML private SplitPane split;
    @FXML private ScrollPane tileScroll;
    @FXML private GridPane tileGrid;

    @Inject
    public KpiBoardView(DashboardViewModel vm, ViewLoader loader, Appearance appearance, I18n i18n) {
        this.vm = vm;
        this.loader = loader;
        this.appearance = appearance;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        var f = vm.filters();
        period.getItems().setAll(DashboardPeriod.values());
        period.setConverter(Choices.converter(p -> i18n.get("dashboard.period." + p.name())));
        period.valueProperty().bindBidirectional(f.periodProperty());
        var custom = f.periodProperty().isEqualTo(DashboardPeriod.CUSTOM);
        for (DatePicker d : List.of(fromDate, toDate)) {
            d.visibleProperty().bind(custom);
            d.managedProperty().bind(custom);
        }
        fromDate.valueProperty().bindBidirectional(f.customFromProperty());
        toDate.valueProperty().bindBidirectional(f.customToProperty());
        combo(dashLocation, f.locations(), f.locationProperty());
        combo(dashChannel, f.channels(), f.channelProperty());
        combo(dashCategory, f.categories(), f.categoryProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        refreshButton.setGraphic(new FontIcon(Material2MZ.REFRESH));
        refreshButton.setTooltip(new Tooltip(i18n.get("dashboard.refresh")));
        exportButton.setTooltip(new Tooltip(i18n.get("dashboard.export.tip")));
        periodLabel.textProperty().bind(vm.periodTextProperty());
        asOfLabel.textProperty().bind(vm.asOfProperty());
        asOfLabel.visibleProperty().bind(vm.asOfProperty().isNotEmpty());

        for (KpiTileViewModel t : vm.tiles()) {
            KpiTile tile = new KpiTile(t, i18n);
            tile.node().setOnMouseClicked(e -> vm.openTile(t));
            tiles.add(tile);
        }
        layoutTiles(COLUMNS);
        // Fewer columns in a narrow window rather than tiles cut off behind a horizontal scroll bar.
        tileScroll.widthProperty().addListener((o, a, w) -> layoutTiles(columnsFor(w.doubleValue())));
        appearance.themeProperty().addListener((o, a, theme) -> tiles.forEach(t -> t.applyTheme(theme)));
        tiles.forEach(t -> t.applyTheme(appearance.themeProperty().get()));

        DrillDownView drill = new DrillDownView(vm.drill(), i18n);
        drillRoot = loader.load(DrillDownView.class, drill).root();
        vm.drill().kpiProperty().addListener((o, a, k) -> showDrill(k != null));
        board.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    static int columnsFor(double width) {
        return width <= 0 ? COLUMNS : Math.max(2, Math.min(COLUMNS, (int) (width / MIN_TILE_WIDTH)));
    }

    private void layoutTiles(int columns) {
        if (tileGrid.getColumnConstraints().size() == columns) {
            return;
        }
        tileGrid.getColumnConstraints().clear();
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            cc.setHgrow(Priority.ALWAYS);
            tileGrid.getColumnConstraints().add(cc);
        }
        tileGrid.getChildren().clear();
        for (int i = 0; i < tiles.size(); i++) {
            tileGrid.add(tiles.get(i).node(), i % columns, i / columns);
        }
    }

    private void showDrill(boolean show) {
        tiles.forEach(t -> t.setSelected(show && t.kpi() == vm.drill().kpiProperty().get()));
        if (show && !split.getItems().contains(drillRoot)) {
            split.getItems().add(drillRoot);
            split.setDividerPositions(0.52);
        } else if (!show) {
            split.getItems().remove(drillRoot);
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F5) {
            vm.refresh();
        } else if (EXPORT.match(e)) {
            export();
        } else {
            return;
        }
        e.consume();
    }

    @FXML
    private void refresh() {
        vm.refresh();
    }

    /// Ctrl+E: the figures as CSV, or a picture of the dashboard as PNG, by the chosen file type.
    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(i18n.get("dashboard.export.csv"), "*.csv"),
                new FileChooser.ExtensionFilter(i18n.get("dashboard.export.png"), "*.png"));
        chooser.setInitialFileName("dashboard.csv");
        File file = chooser.showSaveDialog(board.getScene().getWindow());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /// Writes `file`: a PNG of the board when it ends in .png, the figures otherwise.
    public void exportTo(java.nio.file.Path file) {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            vm.exportImage(file, SwingFXUtils.fromFXImage(board.snapshot(null, null), null));
        } else {
            vm.exportValues(file);
        }
    }

    private static <T> void combo(ComboBox<T> box, javafx.collections.ObservableList<T> items,
                                  javafx.beans.property.ObjectProperty<T> value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
    }


    public DashboardViewModel viewModel() {
        return vm;
    }

    @Override
    public void activate() {
        vm.activate();
    }

    @Override
    public void deactivate() {
        vm.deactivate();
    }
}
