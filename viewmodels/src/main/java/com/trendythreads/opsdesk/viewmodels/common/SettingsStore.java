package com.trendythreads.opsdesk.viewmodels.common;

import java.util.Locale;
import java.util.Optional;

/// Small, non-secret user preferences (language, theme, window bounds, last workspace). The app keeps
/// them in a file in the per-user config directory; tests use [InMemorySettingsStore].
/// Nothing secret ever goes here: no password, no token.
public interface SettingsStore {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    default Locale locale() {
        return get("language").map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }

    default void setLocale(Locale locale) {
        put("language", locale.toLanguageTag());
    }

    default Theme theme() {
        return get("theme").map(t -> {
            try {
                return Theme.valueOf(t);
            } catch (IllegalArgumentException e) {
                return Theme.LIGHT;
            }
        }).orElse(Theme.LIGHT);
    }

    default void setTheme(Theme theme) {
        put("theme", theme.name());
    }

    default Optional<Double> getDouble(String key) {
        return get(key).flatMap(v -> {
            try {
                return Optional.of(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
