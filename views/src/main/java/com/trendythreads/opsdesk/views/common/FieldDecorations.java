package com.trendythreads.opsdesk.views.common;

import atlantafx.base.theme.Styles;
import com.trendythreads.opsdesk.viewmodels.common.FieldMessage;
import impl.org.controlsfx.skin.DecorationPane;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Shows a ViewModel's per-field validation message on the field (STYLE.md: validation lives in the
/// ViewModel, the View shows it with ControlsFX decorations):
///
/// - a ControlsFX [GraphicDecoration]: an error or warning icon at the field's right edge, the message as
///   its tooltip;
/// - AtlantaFX's `danger` (error) or `warning` state on the field (its coloured border, in both themes);
/// - optionally the message in a label below the field, so it can be read without hovering.
///
/// The icon needs a ControlsFX `DecorationPane` around the field (the sign-in screen's root, the shell's
/// root for workspaces): without one, ControlsFX would wrap the scene's root in its own, which fights the
/// main window swapping roots at sign-in, so the helper then shows the message without the icon.
public final class FieldDecorations {

    private static final Logger LOG = LoggerFactory.getLogger(FieldDecorations.class);

    private FieldDecorations() {
    }

    /// An error text ("" when fine) on `field`.
    public static void bind(Control field, ObservableStringValue error) {
        bind(field, error, null);
    }

    /// @param message a label that shows the text (hidden and unmanaged while there is none), or `null`
    public static void bind(Control field, ObservableStringValue error, Label message) {
        attach(field, Bindings.createObjectBinding(
                () -> error.get() == null || error.get().isEmpty() ? null : FieldMessage.error(error.get()), error), message);
    }

    /// An error or warning (null when fine) on `field`.
    public static void bind(Control field, ObservableValue<FieldMessage> message) {
        attach(field, message, null);
    }

    /// The field with its message under it (the text stays visible, not only on hover).
    public static VBox withMessage(Control field, ObservableValue<FieldMessage> message) {
        Label text = new Label();
        attach(field, message, text);
        VBox box = new VBox(2, field, text);
        box.setFillWidth(true);
        return box;
    }

    private static void attach(Control field, ObservableValue<FieldMessage> message, Label label) {
        Tooltip tip = new Tooltip();
        Decoration[] shown = {null};
        Runnable update = () -> show(field, shown, tip, message.getValue());
        message.addListener((o, a, m) -> update.run());
        // A workspace screen is built before the shell shows it: decorate once it is in the window.
        field.sceneProperty().addListener((o, a, scene) -> update.run());
        update.run();
        if (label != null) {
            label.getStyleClass().add("field-message");
            label.setWrapText(true);
            label.managedProperty().bind(label.visibleProperty());
            Runnable text = () -> {
                FieldMessage m = message.getValue();
                label.setText(m == null ? "" : m.text());
                label.setVisible(m != null);
                label.getStyleClass().removeAll("field-message-error", "field-message-warning");
                if (m != null) {
                    label.getStyleClass().add(m.error() ? "field-message-error" : "field-message-warning");
                }
            };
            message.addListener((o, a, m) -> text.run());
            text.run();
        }
    }

    private static void show(Control field, Decoration[] shown, Tooltip tip, FieldMessage m) {
        field.pseudoClassStateChanged(Styles.STATE_DANGER, m != null && m.error());
        field.pseudoClassStateChanged(Styles.STATE_WARNING, m != null && !m.error());
        tip.setText(m == null ? "" : m.text());
        field.setTooltip(m == null ? null : tip);
        var current = Decorator.getDecorations(field); // null until the field has had a decoration
        if (shown[0] != null && current != null && current.contains(shown[0])) {
            Decorator.removeDecoration(field, shown[0]);
        }
        shown[0] = null;
        if (m == null) {
            return;
        }
        if (inDecorationPane(field)) {
            shown[0] = new GraphicDecoration(badge(m, tip), Pos.CENTER_RIGHT, -14, 0);
            Decorator.addDecoration(field, shown[0]);
        } else if (field.getScene() != null) {
            LOG.warn("{} is not inside a DecorationPane: its message shows without the icon", field.getId());
        }
    }

    private static StackPane badge(FieldMessage m, Tooltip tip) {
        FontIcon icon = new FontIcon(m.error() ? Material2OutlinedAL.ERROR_OUTLINE : Material2OutlinedMZ.WARNING);
        icon.getStyleClass().add(m.error() ? "field-error-icon" : "field-warning-icon");
        // In a region: a glyph's own bounds start above its baseline, which would lift it off the centre line.
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().add("field-error-badge");
        Tooltip.install(badge, tip);
        return badge;
    }

    /// Only then: ControlsFX would otherwise wrap the scene's root in a DecorationPane of its own.
    private static boolean inDecorationPane(Control field) {
        for (Parent p = field.getParent(); p != null; p = p.getParent()) {
            if (p instanceof DecorationPane) {
                return true;
            }
        }
        return false;
    }
}
