package com.trendythreads.opsdesk.viewmodels.shell;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/// Ctrl+K: type to find a workspace or an action, Enter runs the selected one. Matches every word of
/// the query anywhere in the title or category, ignoring case.
public final class CommandPaletteViewModel {

    private final ObservableList<PaletteEntry> entries = FXCollections.observableArrayList();
    private final FilteredList<PaletteEntry> matches = new FilteredList<>(entries);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<PaletteEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();

    public CommandPaletteViewModel() {
        query.addListener((o, a, q) -> refilter());
    }

    public void setEntries(List<PaletteEntry> list) {
        entries.setAll(list);
        refilter();
    }

    private void refilter() {
        String[] words = query.get().toLowerCase(Locale.ROOT).trim().split("\\s+");
        matches.setPredicate(e -> {
            String hay = (e.title() + " " + e.category()).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!w.isEmpty() && !hay.contains(w)) {
                    return false;
                }
            }
            return true;
        });
        selected.set(matches.isEmpty() ? null : matches.getFirst());
    }

    public void open() {
        query.set("");
        refilter();
        showing.set(true);
    }

    public void close() {
        showing.set(false);
    }

    /// Runs the selected entry and closes the palette.
    public void runSelected() {
        PaletteEntry e = selected.get();
        close();
        if (e != null) {
            e.action().run();
        }
    }

    public ObservableList<PaletteEntry> matches() {
        return matches;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<PaletteEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }
}
