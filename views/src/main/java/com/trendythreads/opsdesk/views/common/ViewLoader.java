package com.trendythreads.opsdesk.views.common;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/// Loads a screen: `XxxView.fxml` next to `XxxView.class`, texts from the current resource bundle,
/// the controller (the View) from the [ControllerFactory].
public final class ViewLoader {

    /// A loaded screen: its root node and its View.
    public record Loaded<V>(Parent root, V view) {
    }

    private final ControllerFactory controllers;
    private final I18n i18n;

    @Inject
    public ViewLoader(ControllerFactory controllers, I18n i18n) {
        this.controllers = controllers;
        this.i18n = i18n;
    }

    public <V> Loaded<V> load(Class<V> viewClass) {
        URL fxml = viewClass.getResource(viewClass.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No " + viewClass.getSimpleName() + ".fxml next to " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, i18n.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            return new Loaded<>(mark(root, loader.getController()), viewClass.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    /// Loads a sub-screen whose View the caller made (it shares its parent's ViewModel); its FXML names
    /// no `fx:controller`.
    public <V> Loaded<V> load(Class<V> viewClass, V controller) {
        URL fxml = viewClass.getResource(viewClass.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No " + viewClass.getSimpleName() + ".fxml next to " + viewClass.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, i18n.bundle());
        loader.setController(controller);
        try {
            return new Loaded<>(mark(loader.load(), controller), controller);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    /// The root carries its View, so a test or a host can reach the View of a screen it found in the scene
    /// graph (a sub-screen mounted inside a workspace has no other handle).
    private static Parent mark(Parent root, Object view) {
        if (root.getUserData() == null) {
            root.setUserData(view);
        }
        return root;
    }
}
