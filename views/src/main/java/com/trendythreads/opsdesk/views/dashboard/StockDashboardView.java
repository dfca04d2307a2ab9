package com.trendythreads.opsdesk.views.dashboard;

import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Measure;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.dashboard.HeatmapRowItem.Band;
import com.trendythreads.opsdesk.viewmodels.dashboard.SizeCurveItem;
import com.trendythreads.opsdesk.viewmodels.dashboard.StockDashboardViewModel.CategoryChoice;
import com.trendythreads.opsdesk.viewmodels.dashboard.StockDashboardViewModel;
import com.trendythreads.opsdesk.viewmodels.dashboard.StockLineItem;
import com.trendythreads.opsdesk.views.common.Choices;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/// The stock dashboard: filters on top, the category × location heatmap on the left, the levels running
/// out, the styles missing sizes and the overstocked levels on the right. A row opens its record (double
/// click or Enter); a heatmap cell narrows the lists.
public final class StockDashboardView implements Activatable {

    private final StockDashboardViewModel vm;
    private final I18n i18n;

    @FXML private ComboBox<String> stockdashLocation;
    @FXML private ComboBox<CategoryChoice> stockdashCategory;
    @FXML private ToggleButton coverToggle;
    @FXML private ToggleButton availabilityToggle;
    @FXML private Label scope;
    @FXML private ProgressIndicator busy;
    @FXML private Button refreshButton;
    @FXML private ScrollPane heatmapScroll;
    @FXML private HBox legend;
    @FXML private Label lowStockTitle;
    @FXML private TableView<StockLineItem> lowStockTable;
    @FXML private Label sizeCurvesTitle;
    @FXML private ListView<SizeCurveItem> sizeCurveList;
    @FXML private Label overstockTitle;
    @FXML private TableView<StockLineItem> overstockTable;

    @Inject
    public StockDashboardView(StockDashboardViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        stockdashLocation.setItems(vm.locations());
        stockdashLocation.valueProperty().bindBidirectional(vm.locationProperty());
        stockdashLocation.setConverter(Choices.converterWithNone(vm::locationName));
        stockdashCategory.setItems(vm.categories());
        stockdashCategory.valueProperty().bindBidirectional(vm.categoryProperty());
        stockdashCategory.setPromptText(i18n.get("stockdash.allCategories"));
        ToggleGroup measure = new ToggleGroup();
        coverToggle.setToggleGroup(measure);
        availabilityToggle.setToggleGroup(measure);
        coverToggle.setUserData(Measure.WEEKS_OF_COVER);
        availabilityToggle.setUserData(Measure.AVAILABILITY);
        measure.selectToggle(vm.measureProperty().get() == Measure.AVAILABILITY ? availabilityToggle : coverToggle);
        measure.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                measure.selectToggle(a); // one of the two is always on
            } else {
                vm.measureProperty().set((Measure) t.getUserData());
            }
        });
        vm.measureProperty().addListener((o, a, m) -> fillLegend(m));
        fillLegend(vm.measureProperty().get());
        scope.textProperty().bind(vm.scopeProperty());
        busy.visibleProperty().bind(vm.loadingProperty());
        refreshButton.disableProperty().bind(vm.refreshCommand().executableProperty().not());

        heatmapScroll.setContent(new HeatmapPane(vm));
        lowStockTitle.textProperty().bind(vm.lowStockTitleProperty());
        sizeCurvesTitle.textProperty().bind(vm.sizeCurvesTitleProperty());
        overstockTitle.textProperty().bind(vm.overstockTitleProperty());

        stockColumns(lowStockTable, "stockOut", "forecast");
        stockColumns(overstockTable, "excess", "cover");
        lowStockTable.setItems(vm.lowStock());
        overstockTable.setItems(vm.overstock());
        placeholder(lowStockTable, "stockdash.placeholder.lowStock");
        placeholder(overstockTable, "stockdash.placeholder.overstock");
        opens(lowStockTable, vm::open);
        opens(overstockTable, vm::open);

        sizeCurveList.setItems(vm.sizeCurves());
        sizeCurveList.setCellFactory(l -> new SizeCurveCell());
        sizeCurveList.setPlaceholder(muted(i18n.get("stockdash.placeholder.sizeCurves")));
        sizeCurveList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.open(sizeCurveList.getSelectionModel().getSelectedItem());
            }
        });
        sizeCurveList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(sizeCurveList.getSelectionModel().getSelectedItem());
            }
        });
    }

    /// SKU, product, location, available, then the list's own two figures.
    private void stockColumns(TableView<StockLineItem> t, String figure, String detail) {
        // Fixed widths sum to about 430 px, so the figures still fit beside a half-width heatmap inside the
        // Dashboards tab; the product name takes what is left and shows in full in the row's tooltip.
        t.getColumns().add(column("sku", StockLineItem::sku, 134, null));
        TableColumn<StockLineItem, String> product = column("product", StockLineItem::title, 0, null);
        product.setMinWidth(60);
        t.getColumns().add(product); // the one column that takes the rest of the width
        t.getColumns().add(column("location", StockLineItem::locationId, 72, null));
        t.getColumns().add(column("available", i -> Integer.toString(i.available()), 56, "numeric"));
        t.getColumns().add(column(figure, StockLineItem::figure, 92, "numeric"));
        t.getColumns().add(column(detail, StockLineItem::detail, 74, "numeric"));
    }

    private TableColumn<StockLineItem, String> column(String key, Function<StockLineItem, String> value,
                                                      double width, String styleClass) {
        TableColumn<StockLineItem, String> c = new TableColumn<>(i18n.get("stockdash.col." + key));
        c.setId("stockdash-col-" + key);
        TableColumns.value(c, value);
        if (width > 0) { // fixed: figures and codes never squeeze
            c.setMinWidth(width);
            c.setPrefWidth(width);
            c.setMaxWidth(width);
            c.setResizable(false);
        }
        c.setSortable(false);
        if (styleClass != null) {
            c.getStyleClass().add(styleClass);
        }
        return c;
    }

    private static void opens(TableView<StockLineItem> t, Consumer<StockLineItem> open) {
        t.setRowFactory(tv -> {
            TableRow<StockLineItem> row = new TableRow<>() {
                @Override
                protected void updateItem(StockLineItem item, boolean empty) {
                    super.updateItem(item, empty);
                    // the full title and location, which a narrow column may cut
                    setTooltip(empty || item == null ? null
                            : new Tooltip(item.title() + "\n" + item.sku() + " · " + item.locationId()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        t.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.accept(t.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void fillLegend(Measure m) {
        legend.getChildren().clear();
        String prefix = m == Measure.AVAILABILITY ? "stockdash.legend.availability." : "stockdash.legend.";
        for (Band b : m == Measure.AVAILABILITY ? new Band[] {Band.CRITICAL, Band.LOW, Band.OK}
                : new Band[] {Band.CRITICAL, Band.LOW, Band.OK, Band.HIGH}) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "heat-" + b.name().toLowerCase(Locale.ROOT));
            Label l = new Label(i18n.get(prefix + b.name()), swatch);
            l.getStyleClass().add("text-muted");
            legend.getChildren().add(l);
        }
        legend.setAlignment(Pos.CENTER_LEFT);
    }

    private void placeholder(TableView<?> t, String key) {
        t.setPlaceholder(muted(i18n.get(key)));
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }


    @FXML
    private void refresh() {
        vm.refreshCommand().execute();
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
