package com.trendythreads.opsdesk.views.service.customers;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.service.customers.AdjustmentItem;
import com.trendythreads.opsdesk.viewmodels.service.customers.LoyaltyAdjustViewModel;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import com.trendythreads.opsdesk.views.common.TableColumns;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/// The 360's loyalty tab: adjust points (signed points and a reason, each field's message beside it as the
/// user types) and the adjustments with their reasons, queued ones marked.
public final class LoyaltyAdjustView {

    private final LoyaltyAdjustViewModel vm;
    private final I18n i18n;

    @FXML private VBox root;
    @FXML private TextField points;
    @FXML private Label pointsError;
    @FXML private TextField reason;
    @FXML private Label reasonError;
    @FXML private Label preview;
    @FXML private Button apply;
    @FXML private Label notAllowed;
    @FXML private TableView<AdjustmentItem> history;
    @FXML private TableColumn<AdjustmentItem, String> whenCol;
    @FXML private TableColumn<AdjustmentItem, String> pointsCol;
    @FXML private TableColumn<AdjustmentItem, String> reasonCol;
    @FXML private TableColumn<AdjustmentItem, String> byCol;

    public LoyaltyAdjustView(LoyaltyAdjustViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        points.textProperty().bindBidirectional(vm.pointsProperty());
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        FieldDecorations.bind(points, vm.pointsErrorProperty(), pointsError);
        FieldDecorations.bind(reason, vm.reasonErrorProperty(), reasonError);
        preview.textProperty().bind(vm.previewProperty());
        apply.disableProperty().bind(vm.adjustCommand().executableProperty().not());
        apply.setOnAction(e -> vm.adjustCommand().execute());
        reason.setOnAction(e -> vm.adjustCommand().execute());
        points.disableProperty().bind(vm.allowedProperty().not());
        reason.disableProperty().bind(vm.allowedProperty().not());
        notAllowed.setText(vm.notAllowedText());
        notAllowed.setVisible(!vm.allowedProperty().get());
        notAllowed.setManaged(notAllowed.isVisible());
        if (!vm.allowedProperty().get()) {
            // A disabled button shows no tooltip; the reason stands beside it instead (and on the fields).
            Tooltip.install(root, new Tooltip(vm.notAllowedText()));
        }
        TableColumns.value(whenCol, AdjustmentItem::when);
        TableColumns.value(pointsCol, a -> a.points() + (a.pending() ? " (" + i18n.get("customer.loyalty.pending")
                + ")" : ""));
        TableColumns.value(reasonCol, AdjustmentItem::reason);
        TableColumns.value(byCol, AdjustmentItem::by);
        history.setItems(vm.history());
        CustomerTables.placeholder(history, i18n.get("customer.placeholder.loyalty"));
    }
}
