package com.trendythreads.opsdesk.views.audit;

import com.trendythreads.opsdesk.viewmodels.audit.RecordHistoryViewModel;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// Lane security (issue 10): a record's history from the platform's audit log ([RecordHistoryViewModel]):
/// the events newest first, or why there are none (offline, nothing recorded). Used by the order detail and
/// the customer 360; a small control, not a screen, so it has no FXML of its own.
public final class RecordHistoryPane extends VBox {

    public RecordHistoryPane(RecordHistoryViewModel vm, I18n i18n, String id) {
        super(6);
        setId(id);
        Label message = new Label();
        message.setId(id + "Message");
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        TableView<RecordHistoryViewModel.Line> table = new TableView<>(vm.lines());
        table.setId(id + "Table");
        table.getStyleClass().add("dense");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPrefHeight(200);
        table.getColumns().add(column(i18n.get("history.col.when"), RecordHistoryViewModel.Line::when, 150));
        table.getColumns().add(column(i18n.get("history.col.who"), RecordHistoryViewModel.Line::who, 110));
        table.getColumns().add(column(i18n.get("history.col.action"), RecordHistoryViewModel.Line::action, 80));
        table.getColumns().add(column(i18n.get("history.col.what"), RecordHistoryViewModel.Line::what, 360));
        table.setPlaceholder(new Label(""));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(message, table);
    }

    private static TableColumn<RecordHistoryViewModel.Line, String> column(String title,
            Function<RecordHistoryViewModel.Line, String> value, double width) {
        TableColumn<RecordHistoryViewModel.Line, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
