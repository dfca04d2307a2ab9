package com.trendythreads.opsdesk.views.common;

import com.trendythreads.opsdesk.viewmodels.catalog.editor.FieldMessage;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/// Shows a ViewModel's rule message on a field as the user types: a ControlsFX decoration (an error or
/// warning icon on the field's corner), a tooltip, a red or amber border (`field-error`/`field-warning`),
/// and optionally the text in a small label under the field. The rule itself lives in the ViewModel.
public final class FieldDecorations {

    private FieldDecorations() {
    }

    /// Decorates `control` whenever `message` changes.
    public static void bind(Control control, ObservableValue<FieldMessage> message) {
        message.subscribe(m -> show(control, m));
    }

    /// The field with its message under it (the text stays visible, not only on hover).
    public static VBox withMessage(Control control, ObservableValue<FieldMessage> message) {
        bind(control, message);
        Label text = new Label();
        text.getStyleClass().add("field-message");
        text.setWrapText(true);
        text.managedProperty().bind(text.visibleProperty());
        message.subscribe(m -> {
            text.setText(m == null ? "" : m.text());
            text.setVisible(m != null);
            text.getStyleClass().removeAll("field-message-error", "field-message-warning");
            if (m != null) {
                text.getStyleClass().add(m.error() ? "field-message-error" : "field-message-warning");
            }
        });
        VBox box = new VBox(2, control, text);
        box.setFillWidth(true);
        return box;
    }

    private static void show(Control control, FieldMessage m) {
        Decorator.removeAllDecorations(control);
        control.getStyleClass().removeAll("field-error", "field-warning");
        control.setTooltip(null);
        if (m == null) {
            return;
        }
        control.getStyleClass().add(m.error() ? "field-error" : "field-warning");
        control.setTooltip(new Tooltip(m.text()));
        Decorator.addDecoration(control, new GraphicDecoration(icon(m), Pos.TOP_RIGHT, -4, 4));
    }

    private static Node icon(FieldMessage m) {
        FontIcon icon = new FontIcon(m.error() ? Material2AL.ERROR : Material2MZ.WARNING);
        icon.getStyleClass().add(m.error() ? "field-icon-error" : "field-icon-warning");
        icon.setIconSize(12);
        return icon;
    }
}
