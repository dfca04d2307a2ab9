package com.trendythreads.opsdesk.views.catalog.editor;

import com.trendythreads.opsdesk.viewmodels.catalog.editor.EditorSyncState;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.sync.ConflictItem;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/// A banner per open conflict of this product: the fields both sides changed, mine and the platform's,
/// a keep-mine box per field, and apply / keep all mine / take all theirs.
final class ConflictBanner extends VBox {

    private final EditorSyncState sync;
    private final I18n i18n;

    ConflictBanner(EditorSyncState sync, I18n i18n) {
        this.sync = sync;
        this.i18n = i18n;
        setSpacing(6);
        managedProperty().bind(visibleProperty());
        sync.conflicts().addListener((ListChangeListener<ConflictItem>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        setVisible(!sync.conflicts().isEmpty());
        for (ConflictItem c : sync.conflicts()) {
            VBox box = new VBox(6);
            box.getStyleClass().add("editor-banner-danger");
            box.setId("conflictBanner");
            box.getChildren().add(new Label(c.fieldConflict() ? i18n.get("editor.conflict.banner")
                    : i18n.get("editor.conflict.state", c.reason())));
            Map<String, CheckBox> keep = new LinkedHashMap<>();
            if (c.fieldConflict()) {
                GridPane grid = new GridPane();
                grid.setHgap(12);
                grid.setVgap(4);
                grid.addRow(0, bold(i18n.get("editor.conflict.field")), bold(i18n.get("editor.conflict.mine")),
                        bold(i18n.get("editor.conflict.theirs")), bold(i18n.get("editor.conflict.keepMine")));
                int row = 1;
                for (ConflictItem.Field f : c.fields()) {
                    CheckBox box1 = new CheckBox();
                    keep.put(f.path(), box1);
                    grid.addRow(row++, new Label(f.path()), value(f.mine()), value(f.theirs()), box1);
                }
                box.getChildren().add(grid);
            }
            Button apply = new Button(i18n.get("editor.conflict.apply"));
            apply.setVisible(c.fieldConflict());
            apply.setOnAction(e -> {
                Set<String> mine = new HashSet<>();
                keep.forEach((path, cb) -> {
                    if (cb.isSelected()) {
                        mine.add(path);
                    }
                });
                sync.resolve(c, mine);
            });
            Button keepMine = new Button(i18n.get("editor.conflict.keepMine"));
            keepMine.setId("editorKeepMine");
            keepMine.setOnAction(e -> sync.keepMine(c));
            Button takeTheirs = new Button(i18n.get("editor.conflict.takeTheirs"));
            takeTheirs.setOnAction(e -> sync.takeTheirs(c));
            box.getChildren().add(new HBox(8, apply, keepMine, takeTheirs));
            getChildren().add(box);
        }
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Label value(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.setMaxWidth(260);
        return l;
    }
}
