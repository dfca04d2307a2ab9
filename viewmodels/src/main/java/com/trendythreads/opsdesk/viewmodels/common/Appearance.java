package com.trendythreads.opsdesk.viewmodels.common;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/// The theme in use; the app applies it to the whole UI whenever it changes, and the settings remember it.
@Singleton
public final class Appearance {

    private final ObjectProperty<Theme> theme;

    @Inject
    public Appearance(SettingsStore settings) {
        theme = new SimpleObjectProperty<>(settings.theme());
        theme.addListener((o, a, t) -> settings.setTheme(t));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }
}
