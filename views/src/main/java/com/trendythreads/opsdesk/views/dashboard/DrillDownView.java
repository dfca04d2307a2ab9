package com.trendythreads.opsdesk.views.dashboard;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.dashboard.DrillDownViewModel;
import com.trendythreads.opsdesk.viewmodels.dashboard.DrillDownViewModel.Detail;
import com.trendythreads.opsdesk.viewmodels.dashboard.DrillDownViewModel.RowItem;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/// The records behind the clicked tile: a table (a double-click or Enter leads on), and a read-only details
/// pane for records that have no workspace yet. A sub-view of [KpiBoardView], sharing its ViewModel.
public final class DrillDownView {

    private static final java.util.regex.Pattern NUMERIC =
            java.util.regex.Pattern.compile("[−+\\-]?[€\\d][\\d.,\\s\\u00a0\\u202f€%]*(pp|Pp\\.)?");

    private final DrillDownViewModel vm;
    private final I18n i18n;
    private final VBox detailsPane = new VBox(8);
    private final GridPane detailsGrid = new GridPane();
    private final Label detailsNote = new Label();

    @FXML private Label drillTitle;
    @FXML private Label drillSummary;
    @FXML private ProgressIndicator drillBusy;
    @FXML private Button closeDrill;
    @FXML private SplitPane drillSplit;
    @FXML private TableView<RowItem> drillTable;

    DrillDownView(DrillDownViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        drillTitle.textProperty().bind(vm.titleProperty());
        drillSummary.textProperty().bind(vm.summaryProperty());
        drillBusy.visibleProperty().bind(vm.loadingProperty());
        drillTable.setItems(vm.rows());
        drillTable.setPlaceholder(new Label(i18n.get("dashboard.drill.none")));
        vm.columns().addListener((ListChangeListener<String>) c -> buildColumns());
        drillTable.setRowFactory(t -> {
            TableRow<RowItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        drillTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(drillTable.getSelectionModel().getSelectedItem());
            }
        });
        detailsPane.setId("drillDetails");
        detailsPane.getStyleClass().add("drill-details");
        detailsNote.getStyleClass().add("text-muted");
        detailsNote.setWrapText(true);
        detailsGrid.setHgap(12);
        detailsGrid.setVgap(4);
        detailsPane.getChildren().setAll(detailsNote, detailsGrid);
        vm.details().addListener((ListChangeListener<Detail>) c -> showDetails());
        detailsNote.textProperty().bind(vm.detailsNoteProperty());
    }

    private void buildColumns() {
        drillTable.getColumns().clear();
        for (int i = 0; i < vm.columns().size(); i++) {
            int c = i;
            TableColumn<RowItem, String> col = new TableColumn<>(vm.columns().get(i));
            col.setCellValueFactory(cd -> new ReadOnlyStringWrapper(
                    c < cd.getValue().cells().size() ? cd.getValue().cells().get(c) : ""));
            // Room in proportion to what the column holds (the table shares out the width by these).
            int chars = vm.columns().get(i).length();
            for (RowItem r : vm.rows()) {
                chars = Math.max(chars, c < r.cells().size() ? r.cells().get(c).length() : 0);
            }
            col.setPrefWidth(Math.min(320, 24 + 7.5 * chars));
            // Figures line up on the right, like in every other table of the desk.
            List<String> first = vm.rows().isEmpty() ? List.of() : vm.rows().getFirst().cells();
            if (c < first.size() && NUMERIC.matcher(first.get(c)).matches()) {
                col.getStyleClass().add("numeric");
                col.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            drillTable.getColumns().add(col);
        }
    }

    private void showDetails() {
        detailsGrid.getChildren().clear();
        int r = 0;
        for (Detail d : vm.details()) {
            Label label = new Label(d.label());
            label.getStyleClass().add("text-muted");
            Label value = new Label(d.value());
            value.getStyleClass().add("drill-detail-value");
            detailsGrid.addRow(r++, label, value);
        }
        boolean show = !vm.details().isEmpty();
        if (show && !drillSplit.getItems().contains(detailsPane)) {
            drillSplit.getItems().add(detailsPane);
            drillSplit.setDividerPositions(0.68);
        } else if (!show) {
            drillSplit.getItems().remove(detailsPane);
        }
    }

    @FXML
    private void close() {
        vm.close();
    }
}
