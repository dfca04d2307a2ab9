package com.trendythreads.opsdesk.views.orders;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;

/// The order dialogs' window: modal to the screen that opened it, the app's stylesheets, Esc closes, and it
/// closes by itself once its action is queued.
final class OrderDialogs {

    private OrderDialogs() {
    }

    static Stage show(Parent root, Node owner, String title, ObservableBooleanValue done) {
        Stage stage = new Stage();
        stage.setTitle(title);
        Scene ownerScene = owner.getScene();
        if (ownerScene != null) {
            stage.initOwner(ownerScene.getWindow());
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(root);
        if (ownerScene != null) {
            scene.getStylesheets().setAll(ownerScene.getStylesheets());
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        done.addListener((o, a, b) -> {
            if (b) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /// A cell of a dialog's line grid that never shrinks (a SKU, a quantity).
    static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /// A cell of a dialog's line grid that wraps (an item's description).
    static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(230);
        return l;
    }
}
