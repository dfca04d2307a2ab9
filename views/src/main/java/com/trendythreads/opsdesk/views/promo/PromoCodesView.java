package com.trendythreads.opsdesk.views.promo;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.promo.PromoCodeItem;
import com.trendythreads.opsdesk.viewmodels.promo.PromoCodesViewModel;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import com.trendythreads.opsdesk.views.common.TableColumns;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

/// Promo codes: the list (filter, active only, deactivate, export) beside tabs for one code, a generated
/// batch and an import. Mounted by its host (the Campaigns workspace's "Promo codes" tab); the host calls
/// the ViewModel's activate/deactivate as the tab shows and hides.
public final class PromoCodesView {

    private final PromoCodesViewModel vm;
    private final ViewLoader loader;
    private final I18n i18n;

    @FXML private TextField filter;
    @FXML private CheckBox activeOnly;
    @FXML private Button newButton;
    @FXML private Button edit;
    @FXML private Button deactivate;
    @FXML private TableView<PromoCodeItem> codes;
    @FXML private TableColumn<PromoCodeItem, String> codeColumn;
    @FXML private TableColumn<PromoCodeItem, String> typeColumn;
    @FXML private TableColumn<PromoCodeItem, String> valueColumn;
    @FXML private TableColumn<PromoCodeItem, String> validityColumn;
    @FXML private TableColumn<PromoCodeItem, String> limitsColumn;
    @FXML private TableColumn<PromoCodeItem, String> minOrderColumn;
    @FXML private TableColumn<PromoCodeItem, String> scopeColumn;
    @FXML private TableColumn<PromoCodeItem, String> redemptionsColumn;
    @FXML private TableColumn<PromoCodeItem, String> statusColumn;
    @FXML private Label summary;
    @FXML private TabPane side;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private Tab editorTab;
    @FXML private Tab bulkTab;
    @FXML private Tab importTab;

    public PromoCodesView(PromoCodesViewModel vm, ViewLoader loader, I18n i18n) {
        this.vm = vm;
        this.loader = loader;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        filter.textProperty().bindBidirectional(vm.filterProperty());
        activeOnly.selectedProperty().bindBidirectional(vm.activeOnlyProperty());
        codes.setItems(vm.rows());
        // Both ways: the ViewModel keeps the selection across reloads (the same code, a new row).
        codes.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null || !codes.getItems().contains(vm.selectedProperty().get())) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != codes.getSelectionModel().getSelectedItem()) {
                codes.getSelectionModel().select(b);
            }
        });
        TableColumns.value(codeColumn, PromoCodeItem::codeText);
        TableColumns.value(typeColumn, PromoCodeItem::type);
        TableColumns.value(valueColumn, PromoCodeItem::value);
        TableColumns.value(validityColumn, PromoCodeItem::validity);
        TableColumns.value(limitsColumn, PromoCodeItem::limits);
        TableColumns.value(minOrderColumn, PromoCodeItem::minOrder);
        TableColumns.value(scopeColumn, PromoCodeItem::scope);
        TableColumns.value(redemptionsColumn, r -> Integer.toString(r.redemptions()));
        TableColumns.value(statusColumn, PromoCodeItem::status);
        summary.textProperty().bind(vm.summaryProperty());
        edit.disableProperty().bind(vm.editCommand().executableProperty().not());
        deactivate.disableProperty().bind(vm.deactivateCommand().executableProperty().not());
        editorTab.setContent(loader.load(PromoCodeEditorView.class, new PromoCodeEditorView(vm, loader)).root());
        bulkTab.setContent(loader.load(PromoBulkView.class, new PromoBulkView(vm, loader)).root());
        importTab.setContent(loader.load(PromoImportView.class, new PromoImportView(vm.importer(), i18n)).root());
        // The import preview needs room for its problems column.
        side.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> split.setDividerPositions(
                tab == importTab ? 0.42 : 0.64));
        // a new code's form is of no use to a role that may not create one (its Save stays disabled)
        newButton.setDisable(!vm.mayCreate());
        bulkTab.setDisable(!vm.mayBulkCreate());
        importTab.setDisable(!vm.mayCreate());
    }

    /// Shows the import tab (the host or a test opens a file through the ViewModel).
    public PromoCodesViewModel viewModel() {
        return vm;
    }

    public void showImport() {
        side.getSelectionModel().select(importTab);
    }

    @FXML
    private void editSelected() {
        vm.editCommand().execute();
        side.getSelectionModel().select(editorTab);
    }

    @FXML
    private void newCode() {
        vm.editor().newCode();
        side.getSelectionModel().select(editorTab);
    }

    @FXML
    private void deactivateSelected() {
        vm.deactivateCommand().execute();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("promo.export"));
        chooser.setInitialFileName("promo-codes.csv");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                new FileChooser.ExtensionFilter("XLSX", "*.xlsx"));
        File f = chooser.showSaveDialog(codes.getScene().getWindow());
        if (f != null) {
            vm.export(f.toPath());
        }
    }
}
