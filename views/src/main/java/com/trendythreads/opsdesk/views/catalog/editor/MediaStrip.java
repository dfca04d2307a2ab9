package com.trendythreads.opsdesk.views.catalog.editor;

import com.trendythreads.opsdesk.viewmodels.catalog.editor.MediaItem;
import com.trendythreads.opsdesk.viewmodels.catalog.editor.ProductEditorViewModel;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.io.ByteArrayInputStream;
import java.io.File;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/// The product's images as thumbnails in their order: the main one marked, move left/right (or drag
/// one onto another), make main, and "Add image…" (a file chooser; the image is queued for upload).
final class MediaStrip extends VBox {

    private final ProductEditorViewModel vm;
    private final I18n i18n;
    private final HBox thumbs = new HBox(10);

    MediaStrip(ProductEditorViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setSpacing(6);
        Button add = new Button(i18n.get("editor.media.add"));
        add.setId("addImage");
        add.setOnAction(e -> choose());
        Label locked = new Label(i18n.get("editor.media.locked"));
        locked.getStyleClass().add("text-muted");
        locked.visibleProperty().bind(vm.media().reorderableProperty().not());
        locked.managedProperty().bind(locked.visibleProperty());
        HBox bar = new HBox(10, add, locked);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(thumbs, bar);
        vm.media().items().addListener((ListChangeListener<MediaItem>) c -> rebuild());
        rebuild();
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("editor.media.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("editor.media.chooserFilter"),
                "*.png", "*.jpg", "*.jpeg", "*.webp"));
        File f = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            vm.addImage(f.toPath());
        }
    }

    private void rebuild() {
        thumbs.getChildren().clear();
        for (MediaItem item : vm.media().items()) {
            thumbs.getChildren().add(thumb(item));
        }
    }

    private VBox thumb(MediaItem item) {
        ImageView view = new ImageView();
        view.setFitWidth(96);
        view.setFitHeight(96);
        view.setPreserveRatio(true);
        item.contentProperty().subscribe(bytes -> view.setImage(bytes == null ? null
                : new Image(new ByteArrayInputStream(bytes), 96, 96, true, true)));
        Label badge = new Label();
        badge.getStyleClass().add("media-badge");
        item.mainProperty().subscribe(main -> badge.setText(item.pending() ? i18n.get("editor.media.pending")
                : main ? i18n.get("editor.media.main") : ""));
        Button left = button("◀", i18n.get("editor.media.up"), () -> vm.media().moveUp(item));
        Button right = button("▶", i18n.get("editor.media.down"), () -> vm.media().moveDown(item));
        Button main = button("★", i18n.get("editor.media.makeMain"), () -> vm.media().makeMain(item));
        left.disableProperty().bind(vm.media().reorderableProperty().not());
        right.disableProperty().bind(vm.media().reorderableProperty().not());
        main.disableProperty().bind(item.mainProperty().or(vm.media().reorderableProperty().not()));
        VBox box = new VBox(4, view, badge, new HBox(2, left, main, right));
        box.getStyleClass().add("media-thumb");
        item.mainProperty().subscribe(m -> box.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("main"), m));
        box.setOnDragDetected(e -> {
            var db = box.startDragAndDrop(TransferMode.MOVE);
            ClipboardContent content = new ClipboardContent();
            content.putString(item.id());
            db.setContent(content);
            e.consume();
        });
        box.setOnDragOver(e -> {
            if (e.getDragboard().hasString()) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
        });
        box.setOnDragDropped(e -> {
            String id = e.getDragboard().getString();
            vm.media().items().stream().filter(i -> i.id().equals(id)).findFirst()
                    .ifPresent(dragged -> vm.media().moveTo(dragged, vm.media().items().indexOf(item)));
            e.setDropCompleted(true);
        });
        return box;
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("small", "flat");
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
