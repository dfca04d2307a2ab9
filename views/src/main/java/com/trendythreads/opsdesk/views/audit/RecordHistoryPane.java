package com.trendythreads.opsdesk.views.audit;

import com.trendythreads.opsdesk.viewmodels.audit.RecordHistoryViewModel;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// Lane security (issue 10): a record's history from the platform's audit log ([RecordHistoryViewModel]):
/// the events newest first — "when · who" over what changed, wrapped, so it reads in the narrow order detail
/// too — or why there are none (offline, nothing recorded). Used by the order detail and the customer 360; a
/// small control, not a screen, so it has no FXML of its own.
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
        ListView<RecordHistoryViewModel.Line> list = new ListView<>(vm.lines());
        list.setId(id + "List");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(""));
        list.setCellFactory(l -> new ListCell<>() {
            private final Label head = new Label();
            private final Label what = new Label();
            private final VBox box = new VBox(2, head, what);

            {
                head.getStyleClass().add("text-muted");
                what.setWrapText(true);
                what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                what.prefWidthProperty().bind(l.widthProperty().subtract(32));
                what.maxWidthProperty().bind(l.widthProperty().subtract(32));
                setPrefWidth(0); // wrap within the list's width instead of scrolling sideways
            }

            @Override
            protected void updateItem(RecordHistoryViewModel.Line item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    head.setText(item.when() + " · " + item.who());
                    what.setText(item.what());
                    setGraphic(box);
                }
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(message, list);
    }
}
