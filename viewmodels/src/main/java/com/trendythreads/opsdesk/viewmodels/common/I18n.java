package com.trendythreads.opsdesk.viewmodels.common;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/// The user-visible texts (`messages.properties`, `messages_de.properties`). The language comes from the
/// settings and is read again by [#reload()] when the window is rebuilt (at sign-in and sign-out), so a
/// change in the settings applies from the next sign-in.
@Singleton
public final class I18n {

    public static final String BUNDLE = "com.trendythreads.opsdesk.i18n.messages";

    private final SettingsStore settings;
    private volatile ResourceBundle bundle;

    @Inject
    public I18n(SettingsStore settings) {
        this.settings = settings;
        reload();
    }

    /// Reads the language from the settings again.
    public void reload() {
        // No fallback to the JVM's default locale: English is the root bundle, not whatever the OS says.
        bundle = ResourceBundle.getBundle(BUNDLE, settings.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /// The text for `key` with `{0}`-style arguments filled in; the key itself when it is missing.
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }
}
