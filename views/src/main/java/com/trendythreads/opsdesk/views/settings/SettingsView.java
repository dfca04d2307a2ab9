package com.trendythreads.opsdesk.views.settings;

import com.trendythreads.opsdesk.viewmodels.common.Theme;
import com.trendythreads.opsdesk.viewmodels.settings.SettingsViewModel;
import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;

/// Settings: language and theme.
public final class SettingsView {

    private final SettingsViewModel vm;

    @FXML private ComboBox<SettingsViewModel.Language> languageBox;
    @FXML private Label languageHint;
    @FXML private RadioButton lightTheme;
    @FXML private RadioButton darkTheme;
    @FXML private javafx.scene.control.Spinner<Integer> idleLockMinutes;

    @Inject
    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(vm.languages());
        languageBox.valueProperty().bindBidirectional(vm.languageProperty());
        languageHint.textProperty().bind(vm.hintProperty());
        lightTheme.setSelected(vm.themeProperty().get() == Theme.LIGHT);
        darkTheme.setSelected(vm.themeProperty().get() == Theme.DARK);
        lightTheme.setOnAction(e -> vm.themeProperty().set(Theme.LIGHT));
        darkTheme.setOnAction(e -> vm.themeProperty().set(Theme.DARK));
        var minutes = new javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory(0, 480,
                vm.idleLockMinutesProperty().get());
        idleLockMinutes.setValueFactory(minutes);
        minutes.valueProperty().addListener((o, a, m) -> vm.idleLockMinutesProperty().set(m == null ? 0 : m));
        vm.themeProperty().addListener((o, a, t) -> {
            lightTheme.setSelected(t == Theme.LIGHT);
            darkTheme.setSelected(t == Theme.DARK);
        });
    }
}
