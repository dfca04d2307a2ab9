package com.trendythreads.opsdesk.viewmodels.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class I18nTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = I18n.class.getResourceAsStream("/com/trendythreads/opsdesk/i18n/" + name)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void germanHasEveryEnglishKeyAndNoOthers() throws IOException {
        assertThat(load("messages_de.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void theLanguageComesFromTheSettingsAndAppliesOnReload() {
        SettingsStore settings = new InMemorySettingsStore();
        I18n i18n = new I18n(settings);
        assertThat(i18n.get("signIn.button")).isEqualTo("Sign in");

        settings.setLocale(Locale.GERMAN);
        assertThat(i18n.get("signIn.button")).as("not before the window is rebuilt").isEqualTo("Sign in");
        i18n.reload();
        assertThat(i18n.get("signIn.button")).isEqualTo("Anmelden");
        assertThat(i18n.get("status.conflicts", 2)).isEqualTo("2 Konflikte");
    }

    @Test
    void englishIsTheFallbackWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new I18n(new InMemorySettingsStore()).get("signIn.button")).isEqualTo("Sign in");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void choicePatternsReadNaturally() {
        I18n i18n = new I18n(new InMemorySettingsStore());
        assertThat(i18n.get("status.conflicts", 0)).isEqualTo("no conflicts");
        assertThat(i18n.get("status.conflicts", 1)).isEqualTo("1 conflict");
        assertThat(i18n.get("status.edits.withFailed", 1200, 3)).isEqualTo("1,200 pending, 3 failed");
    }
}
