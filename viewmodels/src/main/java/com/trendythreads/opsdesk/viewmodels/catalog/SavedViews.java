package com.trendythreads.opsdesk.viewmodels.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The product list's saved views of one user, kept as JSON in the settings (nothing secret in them).
public final class SavedViews {

    private static final Logger LOG = LoggerFactory.getLogger(SavedViews.class);
    private static final TypeReference<List<SavedView>> TYPE = new TypeReference<>() { };

    private final SettingsStore settings;
    private final String key;
    private final ObjectMapper mapper = Json.mapper();
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();

    public SavedViews(SettingsStore settings, String username) {
        this.settings = settings;
        this.key = "catalog.savedViews." + username.toLowerCase(Locale.ROOT);
        settings.get(key).ifPresent(json -> {
            try {
                views.setAll(mapper.readValue(json, TYPE));
            } catch (JsonProcessingException e) {
                // A broken entry must not cost the user the list: start empty and say so in the log.
                LOG.warn("The saved catalog views of {} cannot be read; starting without them", username, e);
            }
        });
    }

    /// By name, ignoring case.
    public ObservableList<SavedView> views() {
        return views;
    }

    /// Saves `view`, replacing one of the same name.
    public void save(SavedView view) {
        views.removeIf(v -> v.name().equalsIgnoreCase(view.name()));
        views.add(view);
        views.sort(Comparator.comparing(SavedView::name, String.CASE_INSENSITIVE_ORDER));
        store();
    }

    public void delete(SavedView view) {
        if (views.removeIf(v -> v.name().equalsIgnoreCase(view.name()))) {
            store();
        }
    }

    private void store() {
        try {
            settings.put(key, mapper.writeValueAsString(List.copyOf(views)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A saved view cannot be written as JSON", e);
        }
    }
}
