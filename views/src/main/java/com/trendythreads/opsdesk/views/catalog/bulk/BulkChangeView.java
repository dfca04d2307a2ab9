package com.trendythreads.opsdesk.views.catalog.bulk;

import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.BulkChangeViewModel;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.BulkOperation;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.ChannelAction;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.PreviewRow;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.PriceMode;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.Rounding;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.views.catalog.jobs.JobBarView;
import com.trendythreads.opsdesk.views.catalog.jobs.StepUpRow;
import com.trendythreads.opsdesk.views.common.Choices;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/// Bulk change: the change to make, the preview table (before → after, invalid rows marked with the
/// reason), a confirmation that states the effect, the job's progress and "Undo this change".
public final class BulkChangeView {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final BulkChangeViewModel vm;
    private final I18n i18n;

    @FXML private javafx.scene.layout.HBox stepUpBox;
    @FXML private javafx.scene.control.Label stepUpHint;
    @FXML private javafx.scene.control.PasswordField stepUpPassword;
    @FXML private javafx.scene.control.Label stepUpError;
    @FXML private Label selection;
    @FXML private FlowPane settings;
    @FXML private ComboBox<BulkOperation> operation;
    @FXML private HBox pricePane;
    @FXML private HBox statusPane;
    @FXML private HBox channelPane;
    @FXML private HBox attributePane;
    @FXML private ComboBox<PriceMode> priceMode;
    @FXML private TextField amount;
    @FXML private Label amountError;
    @FXML private ComboBox<Rounding> rounding;
    @FXML private ComboBox<String> size;
    @FXML private ComboBox<String> colour;
    @FXML private ComboBox<ProductStatus> status;
    @FXML private ComboBox<ChannelAction> channelAction;
    @FXML private ComboBox<Channel> channel;
    @FXML private ComboBox<String> attributeCode;
    @FXML private ComboBox<String> attributeValue;
    @FXML private Button previewButton;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private TableColumn<PreviewRow, String> productColumn;
    @FXML private TableColumn<PreviewRow, String> skuColumn;
    @FXML private TableColumn<PreviewRow, String> fieldColumn;
    @FXML private TableColumn<PreviewRow, String> beforeColumn;
    @FXML private TableColumn<PreviewRow, String> afterColumn;
    @FXML private TableColumn<PreviewRow, String> checkColumn;
    @FXML private Label summary;
    @FXML private JobBarView jobBarController;

    @Inject
    public BulkChangeView(BulkChangeViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        selection.textProperty().bind(vm.selectionProperty());
        // a change planned elsewhere (accepted price suggestions) has nothing to choose here
        settings.visibleProperty().bind(vm.plannedProperty().not());
        settings.managedProperty().bind(settings.visibleProperty());
        Choices.bind(operation, List.of(BulkOperation.values()), vm.operationProperty(), o -> i18n.get("bulk.operation." + o));
        Choices.bind(priceMode, List.of(PriceMode.values()), vm.priceModeProperty(), m -> i18n.get("bulk.mode." + m));
        Choices.bind(rounding, List.of(Rounding.values()), vm.roundingProperty(), r -> i18n.get("bulk.rounding." + r));
        Choices.bind(status, List.of(ProductStatus.values()), vm.statusProperty(), s -> vm.text().status(s.name()));
        Choices.bind(channelAction, List.of(ChannelAction.values()), vm.channelActionProperty(),
                a -> i18n.get("bulk.channelAction." + a));
        Choices.bind(channel, List.of(Channel.values()), vm.channelProperty(), c -> vm.text().channel(c.name()));
        Function<String, String> all = s -> s.isEmpty() ? i18n.get("bulk.all") : s;
        size.setItems(vm.sizes());
        size.setConverter(Choices.converter(all));
        size.valueProperty().bindBidirectional(vm.sizeProperty());
        colour.setItems(vm.colours());
        colour.setConverter(Choices.converter(all));
        colour.valueProperty().bindBidirectional(vm.colourProperty());
        attributeCode.setItems(vm.attributeCodes());
        attributeCode.valueProperty().bindBidirectional(vm.attributeCodeProperty());
        attributeValue.setItems(vm.attributeValues());
        attributeValue.getEditor().textProperty().bindBidirectional(vm.attributeValueProperty());
        amount.textProperty().bindBidirectional(vm.amountProperty());
        amountError.textProperty().bind(vm.amountErrorProperty());
        amount.pseudoClassStateChanged(INVALID, !vm.amountErrorProperty().get().isEmpty());
        vm.amountErrorProperty().addListener((o, a, e) -> amount.pseudoClassStateChanged(INVALID, !e.isEmpty()));
        showPane(pricePane, BulkOperation.PRICE, BulkOperation.COMPARE_AT);
        showPane(statusPane, BulkOperation.STATUS);
        showPane(channelPane, BulkOperation.CHANNEL);
        showPane(attributePane, BulkOperation.ATTRIBUTE);
        previewButton.disableProperty().bind(vm.previewCommand().executableProperty().not());

        previewTable.setItems(vm.rows());
        previewTable.setPlaceholder(new Label(i18n.get("bulk.empty")));
        TableColumns.value(productColumn, PreviewRow::title);
        TableColumns.value(skuColumn, PreviewRow::sku);
        TableColumns.value(fieldColumn, PreviewRow::fieldLabel);
        TableColumns.value(beforeColumn, PreviewRow::beforeText);
        TableColumns.value(afterColumn, PreviewRow::afterText);
        TableColumns.value(checkColumn, r -> !r.valid() ? "✗ " + i18n.get("bulk.invalid") + ": " + r.reason()
                : r.reason().isEmpty() ? "✓" : "⚠ " + r.reason());
        previewTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PreviewRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(INVALID, !empty && r != null && !r.valid());
                pseudoClassStateChanged(WARNING, !empty && r != null && r.warning());
            }
        });
        summary.textProperty().bind(vm.summaryProperty());
        jobBarController.bind(vm.job(), vm.applyCommand(), vm::confirmation, i18n.get("bulk.apply"));
        StepUpRow.bind(vm.stepUp(), stepUpBox, stepUpHint, stepUpPassword, stepUpError);
    }

    private void showPane(HBox pane, BulkOperation... ops) {
        pane.visibleProperty().bind(vm.operationProperty().map(o -> List.of(ops).contains(o)));
        pane.managedProperty().bind(pane.visibleProperty());
    }

    @FXML
    private void preview() {
        vm.previewCommand().execute();
    }

    public BulkChangeViewModel viewModel() {
        return vm;
    }
}
