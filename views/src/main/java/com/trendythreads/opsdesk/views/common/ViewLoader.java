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
            return new Loaded<>(root, viewClass.cast(loader.getController()));
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
            return new Loaded<>(loader.load(), controller);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
