package com.trendythreads.opsdesk.views.pricing;

import com.trendythreads.opsdesk.viewmodels.catalog.bulk.Rounding;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.pricing.PricingViewModel;
import com.trendythreads.opsdesk.viewmodels.pricing.SuggestionItem;
import com.trendythreads.opsdesk.viewmodels.pricing.WhatIfViewModel;
import com.trendythreads.opsdesk.views.catalog.bulk.BulkChangeView;
import com.trendythreads.opsdesk.views.common.Choices;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/// The Pricing workspace: the suggestions table (facts, elasticity, suggestion and why), the what-if of the
/// focused style below it, and the catalog's bulk preview of the accepted ones in the second tab.
public final class PricingView implements Activatable {

    private final PricingViewModel vm;
    private final I18n i18n;
    private final ViewLoader loader;

    @FXML private Label summary;
    @FXML private TabPane tabs;
    @FXML private Tab previewTab;
    @FXML private CheckBox showHeld;
    @FXML private ComboBox<Rounding> rounding;
    @FXML private TextField minMargin;
    @FXML private Label minMarginError;
    @FXML private Button saveMargin;
    @FXML private Button refresh;
    @FXML private Button reject;
    @FXML private Button accept;
    @FXML private Label context;
    @FXML private TableView<SuggestionItem> table;
    @FXML private Label whatIfTitle;
    @FXML private TableView<WhatIfViewModel.Row> whatIfTable;
    @FXML private Label whatIfNote;
    @FXML private Label whatIfReason;
    @FXML private StackPane previewSpot;

    @Inject
    public PricingView(PricingViewModel vm, I18n i18n, ViewLoader loader) {
        this.vm = vm;
        this.i18n = i18n;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(vm.summaryProperty());
        context.textProperty().bind(vm.contextProperty());
        showHeld.selectedProperty().bindBidirectional(vm.showHeldProperty());
        Choices.bind(rounding, List.of(Rounding.values()), vm.roundingProperty(), r -> i18n.get("bulk.rounding." + r));
        minMargin.textProperty().bindBidirectional(vm.minMarginProperty());
        minMarginError.textProperty().bind(vm.minMarginErrorProperty());
        minMargin.setDisable(!vm.mayEditMargin());
        if (!vm.mayEditMargin()) {
            minMargin.setTooltip(new Tooltip(i18n.get("pricing.margin.readOnly")));
        }
        saveMargin.setVisible(vm.mayEditMargin());
        saveMargin.setManaged(vm.mayEditMargin());
        saveMargin.disableProperty().bind(vm.saveMarginCommand().executableProperty().not());
        refresh.disableProperty().bind(vm.refreshCommand().executableProperty().not());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setItems(vm.items());
        table.setPlaceholder(new Label(""));
        column("pricing.col.style", SuggestionItem::title, 200);
        column("pricing.col.action", SuggestionItem::action, 140);
        column("pricing.col.reason", SuggestionItem::reason, 560);
        column("pricing.col.sellThrough", SuggestionItem::sellThrough, 130);
        column("pricing.col.cover", SuggestionItem::cover, 95);
        column("pricing.col.daysLeft", SuggestionItem::daysLeft, 75);
        column("pricing.col.season", SuggestionItem::season, 70);
        column("pricing.col.trend", SuggestionItem::trend, 70);
        column("pricing.col.fullPrice", SuggestionItem::fullPrice, 85);
        column("pricing.col.price", SuggestionItem::price, 85);
        column("pricing.col.margin", SuggestionItem::margin, 75);
        column("pricing.col.market", SuggestionItem::market, 190);
        column("pricing.col.elasticity", SuggestionItem::elasticity, 240);
        var none = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        accept.disableProperty().bind(none.or(Bindings.createBooleanBinding(() -> !vm.mayAccept())));
        reject.disableProperty().bind(none);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.select(b));
        whatIfReason.textProperty().bind(vm.whatIf().reasonProperty());

        whatIfTitle.textProperty().bind(vm.whatIf().titleProperty());
        whatIfNote.textProperty().bind(vm.whatIf().noteProperty());
        whatIfTable.setItems(vm.whatIf().rows());
        whatIfColumn("pricing.whatIf.col.figure", WhatIfViewModel.Row::label);
        whatIfColumn("pricing.whatIf.col.current", WhatIfViewModel.Row::current);
        whatIfColumn("pricing.whatIf.col.suggested", WhatIfViewModel.Row::suggested);
        whatIfTable.setPlaceholder(new Label(""));

        previewSpot.getChildren().add(new Label(i18n.get("pricing.whatIf.none")));
        previewTab.setDisable(true);
        vm.acceptedProperty().addListener((o, a, accepted) -> {
            if (accepted != null) {
                var bulk = loader.load(BulkChangeView.class);
                bulk.view().viewModel().startPlanned(accepted.edits(), accepted.description());
                previewSpot.getChildren().setAll(bulk.root());
                previewTab.setDisable(false);
                tabs.getSelectionModel().select(previewTab);
            }
        });
    }

    private void column(String key, Function<SuggestionItem, String> value, double width) {
        TableColumn<SuggestionItem, String> c = new TableColumn<>(i18n.get(key));
        TableColumns.value(c, value);
        c.setPrefWidth(width);
        table.getColumns().add(c);
    }

    private void whatIfColumn(String key, Function<WhatIfViewModel.Row, String> value) {
        TableColumn<WhatIfViewModel.Row, String> c = new TableColumn<>(i18n.get(key));
        TableColumns.value(c, value);
        whatIfTable.getColumns().add(c);
    }

    @FXML
    private void accept() {
        vm.accept(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void reject() {
        List<SuggestionItem> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        TextInputDialog ask = new TextInputDialog();
        ask.setTitle(i18n.get("pricing.reject.title"));
        ask.setHeaderText(i18n.get("pricing.reject.prompt"));
        ask.initOwner(table.getScene().getWindow());
        ask.showAndWait().ifPresent(reason -> vm.reject(chosen, reason));
    }

    @FXML
    private void saveMargin() {
        vm.saveMarginCommand().execute();
    }

    @FXML
    private void refresh() {
        vm.refreshCommand().execute();
    }

    /// Selects the first `count` rows (tests and the screenshot).
    public void selectFirst(int count) {
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().selectRange(0, Math.min(count, table.getItems().size()));
    }

    public PricingViewModel viewModel() {
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
