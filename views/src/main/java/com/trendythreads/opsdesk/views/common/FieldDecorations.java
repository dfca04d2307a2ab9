package com.trendythreads.opsdesk.views.common;

import atlantafx.base.theme.Styles;
import impl.org.controlsfx.skin.DecorationPane;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/// Shows a ViewModel's per-field validation message on the field (STYLE.md: validation lives in the
/// ViewModel, the View shows it with ControlsFX decorations):
///
/// - a ControlsFX [GraphicDecoration]: an error icon at the field's right edge, the message as its tooltip;
/// - AtlantaFX's `danger` state on the field (its red border, in both themes);
/// - optionally the message in a label below the field, so it can be read without hovering.
///
/// The screen's root must be a ControlsFX `DecorationPane` (see `SignInView.fxml`): without one, ControlsFX
/// wraps the scene's root in its own, which fights the main window swapping roots at sign-in.
public final class FieldDecorations {

    private FieldDecorations() {
    }

    public static void bind(Control field, ObservableStringValue error) {
        bind(field, error, null);
    }

    /// @param message a label that shows the message (hidden and unmanaged while there is none), or `null`
    public static void bind(Control field, ObservableStringValue error, Label message) {
        requireDecorationPane(field);
        FontIcon icon = new FontIcon(Material2OutlinedAL.ERROR_OUTLINE);
        icon.getStyleClass().add("field-error-icon");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(error);
        Tooltip.install(icon, tip);
        Decoration decoration = new GraphicDecoration(icon, Pos.CENTER_RIGHT, -14, 0);
        error.addListener((o, a, e) -> show(field, decoration, tip, e));
        show(field, decoration, tip, error.get());
        if (message != null) {
            message.getStyleClass().add("field-message");
            message.setWrapText(true);
            message.textProperty().bind(error);
            message.visibleProperty().bind(message.textProperty().isNotEmpty());
            message.managedProperty().bind(message.visibleProperty());
        }
    }

    private static void show(Control field, Decoration decoration, Tooltip tip, String error) {
        boolean bad = error != null && !error.isEmpty();
        field.pseudoClassStateChanged(Styles.STATE_DANGER, bad);
        field.setTooltip(bad ? tip : null);
        boolean shown = Decorator.getDecorations(field).contains(decoration);
        if (bad && !shown) {
            Decorator.addDecoration(field, decoration);
        } else if (!bad && shown) {
            Decorator.removeDecoration(field, decoration);
        }
    }

    private static void requireDecorationPane(Control field) {
        for (Parent p = field.getParent(); p != null; p = p.getParent()) {
            if (p instanceof DecorationPane) {
                return;
            }
        }
        throw new IllegalStateException("Put the screen in a DecorationPane before decorating " + field.getId());
    }
}
