package com.trendythreads.opsdesk.views.catalog.editor;

import com.trendythreads.opsdesk.viewmodels.catalog.editor.BoughtItem;
import com.trendythreads.opsdesk.viewmodels.catalog.editor.ChannelItem;
import com.trendythreads.opsdesk.viewmodels.catalog.editor.HistoryItem;
import com.trendythreads.opsdesk.viewmodels.catalog.editor.ProductEditorViewModel;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// The editor's right column: publication per channel with its completeness, the history (honest about
/// where it comes from) and what is bought together.
final class EditorSidePanel extends VBox {

    EditorSidePanel(ProductEditorViewModel vm, I18n i18n) {
        setSpacing(8);
        getChildren().add(title(i18n.get("editor.channels")));
        for (ChannelItem c : vm.channels()) {
            CheckBox published = new CheckBox(c.label());
            published.setId("channel-" + c.channel().name());
            published.selectedProperty().bindBidirectional(c.publishedProperty());
            ProgressBar bar = new ProgressBar();
            bar.setPrefWidth(90);
            bar.progressProperty().bind(c.percentProperty().divide(100.0));
            Label pct = new Label();
            pct.textProperty().bind(c.percentProperty().asString("%d %%"));
            Label missing = new Label();
            missing.getStyleClass().add("text-muted");
            missing.setWrapText(true);
            missing.textProperty().bind(c.missingProperty());
            HBox line = new HBox(8, published, bar, pct);
            HBox.setHgrow(published, Priority.ALWAYS);
            published.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(new VBox(2, line, missing));
        }
        getChildren().add(title(i18n.get("editor.history")));
        getChildren().add(muted(i18n.get("editor.history.source")));
        ListView<HistoryItem> history = new ListView<>(vm.panels().history());
        history.setId("historyList");
        history.setPrefHeight(170);
        history.setPlaceholder(new Label(i18n.get("editor.history.empty")));
        history.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryItem h, boolean empty) {
                super.updateItem(h, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || h == null ? null : h.when() + " · " + h.who() + " · " + h.state() + "\n" + h.what());
            }
        });
        getChildren().add(history);
        getChildren().add(title(i18n.get("editor.bought")));
        getChildren().add(muted(i18n.get("editor.bought.source")));
        ListView<BoughtItem> bought = new ListView<>(vm.panels().bought());
        bought.setId("boughtList");
        bought.setPrefHeight(150);
        Label none = new Label(i18n.get("editor.bought.empty"));
        none.setWrapText(true);
        none.setPadding(new javafx.geometry.Insets(8));
        bought.setPlaceholder(none);
        bought.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(BoughtItem b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : b.title() + "  ·  " + i18n.get("editor.bought.count", b.orders()));
            }
        });
        getChildren().add(bought);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-muted");
        l.setWrapText(true);
        return l;
    }
}
