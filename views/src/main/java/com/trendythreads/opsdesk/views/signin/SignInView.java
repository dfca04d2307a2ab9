package com.trendythreads.opsdesk.views.signin;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.signin.DemoUserItem;
import com.trendythreads.opsdesk.viewmodels.signin.SignInViewModel;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import jakarta.inject.Inject;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/// The sign-in screen. Binds to [SignInViewModel]; in demo mode it shows the demo users.
public final class SignInView implements Activatable {

    private final SignInViewModel vm;
    private final I18n i18n;

    @FXML private TextField platformUrlField;
    @FXML private Label platformUrlMessage;
    @FXML private Label usernameMessage;
    @FXML private Label passwordMessage;
    @FXML private Hyperlink connectToPlatformLink;
    @FXML private Hyperlink useDemoDataLink;
    @FXML private TextField usernameField;
    @FXML private PasswordField passwordField;
    @FXML private Button signInButton;
    @FXML private HBox busyBox;
    @FXML private Label errorLabel;
    @FXML private Button removeLocalDataButton;
    @FXML private Label demoBadge;
    @FXML private VBox demoPane;
    @FXML private ListView<DemoUserItem> demoUserList;
    @FXML private VBox preparingBox;
    @FXML private Label preparingLabel;
    @FXML private ProgressBar preparingBar;
    @FXML private Label demoUrlLabel;

    @Inject
    public SignInView(SignInViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        platformUrlField.textProperty().bindBidirectional(vm.platformUrlProperty());
        usernameField.textProperty().bindBidirectional(vm.usernameProperty());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        // In demo mode the URL is the in-process platform's, not the user's to change.
        platformUrlField.disableProperty().bind(vm.demoProperty());
        signInButton.disableProperty().bind(vm.signInCommand().executableProperty().not());
        FieldDecorations.bind(platformUrlField, vm.platformUrlErrorProperty(), platformUrlMessage);
        FieldDecorations.bind(usernameField, vm.usernameErrorProperty(), usernameMessage);
        FieldDecorations.bind(passwordField, vm.passwordErrorProperty(), passwordMessage);
        showWhen(connectToPlatformLink, vm.connectToPlatformCommand().executableProperty());
        showWhen(useDemoDataLink, vm.useDemoDataCommand().executableProperty());
        // words beside the spinner: signing in creates or opens the encrypted local data, which takes seconds
        showWhen(busyBox, vm.busyProperty());
        errorLabel.textProperty().bind(vm.errorMessageProperty());
        errorLabel.visibleProperty().bind(vm.errorMessageProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        removeLocalDataButton.visibleProperty().bind(vm.removeLocalDataCommand().executableProperty());
        removeLocalDataButton.managedProperty().bind(removeLocalDataButton.visibleProperty());
        demoBadge.visibleProperty().bind(vm.demoProperty());
        demoBadge.managedProperty().bind(vm.demoProperty());
        demoPane.visibleProperty().bind(vm.demoProperty());
        demoPane.managedProperty().bind(vm.demoProperty());
        preparingBox.visibleProperty().bind(vm.preparingDemoProperty());
        preparingBox.managedProperty().bind(vm.preparingDemoProperty());
        preparingLabel.textProperty().bind(vm.preparingTextProperty());
        preparingBar.progressProperty().bind(vm.preparingProgressProperty());
        demoUrlLabel.textProperty().bind(Bindings.createStringBinding(
                () -> vm.preparingDemoProperty().get() || vm.platformUrlProperty().get().isBlank() ? ""
                        : i18n.get("signIn.demo.url", vm.platformUrlProperty().get()),
                vm.preparingDemoProperty(), vm.platformUrlProperty()));
        demoUserList.setItems(vm.demoUsers());
        demoUserList.setCellFactory(list -> new DemoUserCell());
        demoUserList.getSelectionModel().selectedItemProperty().addListener((o, a, picked) ->
                vm.selectedDemoUserProperty().set(picked));
        demoUserList.disableProperty().bind(vm.busyProperty());
    }

    @FXML
    private void signIn() {
        vm.signInCommand().execute();
    }

    private static void showWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    @FXML
    private void connectToPlatform() {
        vm.connectToPlatformCommand().execute();
    }

    @FXML
    private void useDemoData() {
        vm.useDemoDataCommand().execute();
    }

    @FXML
    private void removeLocalData() {
        vm.removeLocalDataCommand().execute();
    }

    @Override
    public void activate() {
        vm.activate();
        Platform.runLater(() -> (vm.demoProperty().get() ? demoUserList : usernameField).requestFocus());
    }

    @Override
    public void deactivate() {
        vm.deactivate();
    }

    /// The window title; it changes when the user leaves or re-enters demo mode.
    public ObservableStringValue title() {
        return vm.titleProperty();
    }

    /// Name in bold, role and user name below.
    private static final class DemoUserCell extends ListCell<DemoUserItem> {
        @Override
        protected void updateItem(DemoUserItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(item.displayName());
            name.getStyleClass().add("demo-user-name");
            Label role = new Label(item.roleLabel());
            role.getStyleClass().add("demo-user-role");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label user = new Label(item.username());
            user.getStyleClass().add("demo-user-login");
            HBox top = new HBox(8, name, spacer, role);
            setGraphic(new VBox(2, top, user));
            setText(null);
        }
    }
}
