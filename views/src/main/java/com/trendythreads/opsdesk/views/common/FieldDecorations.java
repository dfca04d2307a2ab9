package com.trendythreads.opsdesk.views.common;

import atlantafx.base.theme.Styles;
import impl.org.controlsfx.skin.DecorationPane;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Shows a ViewModel's per-field validation message on the field (STYLE.md: validation lives in the
/// ViewModel, the View shows it with ControlsFX decorations):
///
/// - a ControlsFX [GraphicDecoration]: an error icon at the field's right edge, the message as its tooltip;
/// - AtlantaFX's `danger` state on the field (its red border, in both themes);
/// - optionally the message in a label below the field, so it can be read without hovering.
///
/// The icon needs a ControlsFX `DecorationPane` around the field (the sign-in screen's root, the shell's
/// root for workspaces): without one, ControlsFX would wrap the scene's root in its own, which fights the
/// main window swapping roots at sign-in, so the helper then shows the error without the icon.
public final class FieldDecorations {

    private static final Logger LOG = LoggerFactory.getLogger(FieldDecorations.class);

    private FieldDecorations() {
    }

    public static void bind(Control field, ObservableStringValue error) {
        bind(field, error, null);
    }

    /// @param message a label that shows the message (hidden and unmanaged while there is none), or `null`
    public static void bind(Control field, ObservableStringValue error, Label message) {
        FontIcon icon = new FontIcon(Material2OutlinedAL.ERROR_OUTLINE);
        icon.getStyleClass().add("field-error-icon");
        // In a region: a glyph's own bounds start above its baseline, which would lift it off the centre line.
        StackPane badge = new StackPane(icon);
        badge.getStyleClass().add("field-error-badge");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(error);
        Tooltip.install(badge, tip);
        Decoration decoration = new GraphicDecoration(badge, Pos.CENTER_RIGHT, -14, 0);
        Runnable update = () -> show(field, decoration, tip, error.get());
        error.addListener((o, a, e) -> update.run());
        // A workspace screen is built before the shell shows it: decorate once it is in the window.
        field.sceneProperty().addListener((o, a, scene) -> update.run());
        update.run();
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
        var current = Decorator.getDecorations(field); // null until the field has had a decoration
        boolean shown = current != null && current.contains(decoration);
        if (bad && !shown && inDecorationPane(field)) {
            Decorator.addDecoration(field, decoration);
        } else if (!bad && shown) {
            Decorator.removeDecoration(field, decoration);
        } else if (bad && !shown && field.getScene() != null) {
            LOG.warn("{} is not inside a DecorationPane: its error shows without the icon", field.getId());
        }
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
