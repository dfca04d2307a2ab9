package com.trendythreads.opsdesk.viewmodels.settings;

import com.trendythreads.opsdesk.viewmodels.common.Appearance;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.Theme;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/// Settings: language (applies from the next sign-in, when the window is rebuilt) and theme (at once).
public final class SettingsViewModel {

    /// A language choice, shown in its own language.
    public record Language(Locale locale, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public static final List<Language> LANGUAGES = List.of(
            new Language(Locale.ENGLISH, "English"),
            new Language(Locale.GERMAN, "Deutsch"));

    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme;
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.IntegerProperty idleLockMinutes = new javafx.beans.property.SimpleIntegerProperty();

    @Inject
    public SettingsViewModel(SettingsStore settings, Appearance appearance, I18n i18n) {
        Locale current = settings.locale();
        language.set(LANGUAGES.stream().filter(l -> l.locale().getLanguage().equals(current.getLanguage()))
                .findFirst().orElse(LANGUAGES.getFirst()));
        language.addListener((o, a, l) -> {
            if (l != null) {
                settings.setLocale(l.locale());
                hint.set(l.locale().getLanguage().equals(i18n.locale().getLanguage()) ? "" : i18n.get("settings.language.next"));
            }
        });
        theme = appearance.themeProperty();
        // lane security (issue 10): the idle lock reads the setting on every tick, so a change applies at once
        idleLockMinutes.set(com.trendythreads.opsdesk.viewmodels.shell.IdleLockViewModel.minutes(settings));
        idleLockMinutes.addListener((o, a, m) -> settings.put(
                com.trendythreads.opsdesk.viewmodels.shell.IdleLockViewModel.MINUTES_KEY,
                String.valueOf(Math.max(0, m.intValue()))));
    }

    /// "Lock after N minutes idle" (default 15, 0 = never).
    public javafx.beans.property.IntegerProperty idleLockMinutesProperty() {
        return idleLockMinutes;
    }

    public List<Language> languages() {
        return LANGUAGES;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /// "Applies at the next sign-in" after the language was changed.
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }
}
