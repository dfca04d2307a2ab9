package com.trendythreads.opsdesk.viewmodels.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.viewmodels.common.Appearance;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.Theme;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    private final SettingsStore settings = new InMemorySettingsStore();
    private final I18n i18n = new I18n(settings);
    private final Appearance appearance = new Appearance(settings);
    private final SettingsViewModel vm = new SettingsViewModel(settings, appearance, i18n);

    @Test
    void aNewLanguageIsStoredAndAppliesFromTheNextSignIn() {
        assertThat(vm.languageProperty().get().label()).isEqualTo("English");

        vm.languageProperty().set(SettingsViewModel.LANGUAGES.get(1));

        assertThat(settings.locale()).isEqualTo(Locale.GERMAN);
        assertThat(vm.hintProperty().get()).isEqualTo("The new language applies from the next sign-in.");
        assertThat(i18n.get("signIn.button")).as("the open window keeps its language").isEqualTo("Sign in");
        i18n.reload();
        assertThat(i18n.get("signIn.button")).isEqualTo("Anmelden");

        vm.languageProperty().set(SettingsViewModel.LANGUAGES.getFirst());
        assertThat(vm.hintProperty().get()).as("German window, English chosen: hint in German")
                .isEqualTo("Die neue Sprache gilt ab der nächsten Anmeldung.");
    }

    @Test
    void theThemeAppliesAtOnceAndIsRemembered() {
        vm.themeProperty().set(Theme.DARK);
        assertThat(appearance.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(settings.theme()).isEqualTo(Theme.DARK);
        assertThat(new Appearance(settings).themeProperty().get()).isEqualTo(Theme.DARK);
    }

    @Test
    void theIdleLockMinutesDefaultToFifteenAndAreStored() {
        // lane security (issue 10)
        assertThat(vm.idleLockMinutesProperty().get()).isEqualTo(15);
        vm.idleLockMinutesProperty().set(0);
        assertThat(settings.get("security.idleLockMinutes")).contains("0");
        assertThat(new SettingsViewModel(settings, appearance, i18n).idleLockMinutesProperty().get()).isZero();
    }
}
