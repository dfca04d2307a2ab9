package com.trendythreads.opsdesk.viewmodels.signin;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.FieldError;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.ClientConfig;
import com.trendythreads.opsdesk.viewmodels.session.DemoMode;
import com.trendythreads.opsdesk.viewmodels.session.SessionOpener;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SignInException;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import jakarta.inject.Inject;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The sign-in screen: platform URL, user, password, and in demo mode the demo users to pick from.
///
/// Demo mode (no platform URL configured): [#activate()] starts the in-process demo platform in the
/// background, or waits for the start the app began before this screen (`DemoModeService`), seeding it on
/// first use ([#preparingDemoProperty()] meanwhile), and fills the URL. Picking a
/// demo user fills user name and password. [#connectToPlatformCommand()] leaves demo mode for a platform
/// URL the user types, [#useDemoDataCommand()] goes back; the choice is kept in the settings for the next
/// start. With a platform URL configured (`-Dopsdesk.platformUrl`) there is no demo mode to go back to.
///
/// Each field has its own validation message ([#platformUrlErrorProperty()] …) for the View's decorations.
///
/// [#signInCommand()] is executable when the URL is an absolute http(s) URL, the user name is not blank,
/// the password is not empty and nothing is running. Failures become [#errorMessageProperty()] in the
/// user's language; nothing is opened then.
public final class SignInViewModel implements Activatable {

    private static final Logger LOG = LoggerFactory.getLogger(SignInViewModel.class);
    static final String LAST_USER = "signIn.lastUser";
    static final String LAST_URL = "signIn.lastUrl";
    /// `demo` or `platform`: what the sign-in screen showed when the user last chose.
    static final String MODE = "signIn.mode";

    private final TaskRunner runner;
    private final SessionOpener opener;
    private final SessionState sessionState;
    private final DemoMode demoMode;
    private final SettingsStore settings;
    private final I18n i18n;
    private final SignInMessages messages;

    private final StringProperty platformUrl = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper preparingDemo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper preparingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper preparingProgress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper();
    private final boolean demoAvailable;
    private String demoUrl;
    private final ObservableList<DemoUserItem> demoUsers = FXCollections.observableArrayList();
    private final ObjectProperty<DemoUserItem> selectedDemoUser = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> removableLocalData = new SimpleObjectProperty<>();
    private final BooleanBinding valid;
    private final Command signIn;
    private final Command removeLocalData;
    private final Command connectToPlatform;
    private final Command useDemoData;
    private final FieldError platformUrlError;
    private final FieldError usernameError;
    private final FieldError passwordError;
    private final StringBinding title;
    private boolean demoUsersListed;

    @Inject
    public SignInViewModel(TaskRunner runner, SessionOpener opener, SessionState sessionState, DemoMode demoMode,
                           ClientConfig config, SettingsStore settings, I18n i18n) {
        this.runner = runner;
        this.opener = opener;
        this.sessionState = sessionState;
        this.demoMode = demoMode;
        this.settings = settings;
        this.i18n = i18n;
        this.messages = new SignInMessages(i18n);
        demoAvailable = demoMode.enabled();
        demo.set(opensInDemoMode(demoMode, settings));
        if (!demo.get()) {
            platformUrl.set(config.platformUrl().orElseGet(() -> settings.get(LAST_URL).orElse("")));
        }
        username.set(settings.get(LAST_USER).orElse(""));
        platformUrlError = new FieldError(platformUrl, this::checkUrl, demo);
        usernameError = new FieldError(username, v -> v.isBlank() ? i18n.get("signIn.error.usernameRequired") : "");
        passwordError = new FieldError(password, v -> v.isEmpty() ? i18n.get("signIn.error.passwordRequired") : "");
        title = Bindings.createStringBinding(() -> demo.get() ? i18n.get("app.title.demo") : i18n.get("app.title"), demo);
        connectToPlatform = Command.of(this::connectToPlatform, demo.and(busy.not()));
        useDemoData = Command.of(this::useDemoData, demo.not().and(busy.not()).and(
                Bindings.createBooleanBinding(() -> demoAvailable)));
        valid = Bindings.createBooleanBinding(
                () -> SignInMessages.isHttpUrl(platformUrl.get()) && !username.get().isBlank()
                        && !password.get().isEmpty()
                        && !busy.get() && !(demo.get() && preparingDemo.get()),
                platformUrl, username, password, busy, preparingDemo, demo);
        signIn = Command.of(this::signIn, valid);
        removeLocalData = Command.of(this::removeLocalData, removableLocalData.isNotNull().and(busy.not()));
        selectedDemoUser.addListener((obs, old, picked) -> {
            if (picked != null) {
                username.set(picked.username());
                password.set(DemoMode.PASSWORD);
                errorMessage.set("");
            }
        });
        // Typing again clears the last error: it described the previous attempt.
        username.addListener((o, a, b) -> clearErrorUnlessBusy());
        password.addListener((o, a, b) -> clearErrorUnlessBusy());
    }

    /// Whether the sign-in screen opens in demo mode (and so starts the demo platform): no platform URL is
    /// configured and the user did not leave demo mode last time.
    public static boolean opensInDemoMode(DemoMode demoMode, SettingsStore settings) {
        return demoMode.enabled() && !"platform".equals(settings.get(MODE).orElse("demo"));
    }

    @Override
    public void activate() {
        if (demo.get()) {
            startDemo();
        }
    }

    /// Lists the demo users and starts the demo platform (once; later it only fills in its URL).
    private void startDemo() {
        if (demoUrl != null) {
            platformUrl.set(demoUrl);
            return;
        }
        if (!demoUsersListed) {
            demoUsersListed = true;
            for (DemoMode.DemoUser u : demoMode.users()) {
                demoUsers.add(new DemoUserItem(u.username(), u.displayName(), u.role(), roleLabel(u.role())));
            }
        }
        if (preparingDemo.get()) {
            return;
        }
        preparingText.set(i18n.get("signIn.demo.preparing"));
        preparingProgress.set(-1);
        // Seeding steps are heard on the starting thread; the properties belong to the UI thread.
        DemoMode.SeedingListener seeding = (name, index, count) -> runner.ui().dispatch(() -> {
            preparingText.set(i18n.get("signIn.demo.seeding", name, index, count));
            preparingProgress.set((index - 1) / (double) count);
        });
        BackgroundTask.of(() -> demoMode.start(seeding))
                .onStart(() -> preparingDemo.set(true))
                .onSuccess(url -> {
                    demoUrl = url;
                    if (demo.get()) {
                        platformUrl.set(url);
                    }
                })
                .onFailure(e -> {
                    LOG.error("The demo platform did not start", e);
                    errorMessage.set(i18n.get("signIn.error.demoFailed", String.valueOf(e.getMessage())));
                })
                .onFinished(() -> preparingDemo.set(false))
                .runWith(runner);
    }

    @Override
    public void deactivate() {
        // Nothing to detach: the demo platform outlives the screen.
    }

    /// Leaves demo mode: the URL field opens for the platform's address (the last one used, if any).
    private void connectToPlatform() {
        demo.set(false);
        settings.put(MODE, "platform");
        selectedDemoUser.set(null);
        errorMessage.set("");
        platformUrl.set(settings.get(LAST_URL).orElse(""));
        platformUrlError.reset();
    }

    /// Back to the in-process demo platform and its users.
    private void useDemoData() {
        demo.set(true);
        settings.put(MODE, "demo");
        errorMessage.set("");
        startDemo();
    }

    private String checkUrl(String url) {
        if (demo.get()) {
            return "";
        }
        if (url.isBlank()) {
            return i18n.get("signIn.error.urlRequired");
        }
        return SignInMessages.isHttpUrl(url) ? "" : i18n.get("signIn.error.urlInvalid");
    }

    private void signIn() {
        String url = platformUrl.get().trim();
        String user = username.get().trim();
        char[] pw = password.get().toCharArray();
        boolean isDemo = demo.get();
        errorMessage.set("");
        BackgroundTask.of(() -> opener.open(url, user, pw, isDemo))
                .onStart(() -> busy.set(true))
                .onSuccess((UserSession s) -> {
                    settings.put(LAST_USER, user);
                    if (!isDemo) {
                        settings.put(LAST_URL, url);
                    }
                    password.set("");
                    sessionState.signedIn(s);
                })
                .onFailure(e -> {
                    errorMessage.set(messages.describe(e, url, user));
                    removableLocalData.set(e instanceof SignInException s
                            && s.reason() == SignInException.Reason.LOCAL_DATA_OLD_PASSWORD ? s.localDataDir() : null);
                })
                .onFinished(() -> {
                    Arrays.fill(pw, '\0');
                    busy.set(false);
                })
                .runWith(runner);
    }

    /// After "locked with an earlier password": deletes that user's local data so the next sign-in starts
    /// afresh (the platform has every edit that was sent; unsent ones are lost, which the message said).
    private void removeLocalData() {
        Path dir = removableLocalData.get();
        BackgroundTask.ofRunnable(() -> CacheDatabase.deleteLocalData(dir))
                .onStart(() -> busy.set(true))
                .onSuccess(v -> {
                    removableLocalData.set(null);
                    errorMessage.set(i18n.get("signIn.localDataRemoved"));
                })
                .onFailure(e -> errorMessage.set(i18n.get("signIn.error.other", String.valueOf(e.getMessage()))))
                .onFinished(() -> busy.set(false))
                .runWith(runner);
    }

    private void clearErrorUnlessBusy() {
        if (!busy.get()) {
            errorMessage.set("");
            removableLocalData.set(null);
        }
    }

    private String roleLabel(String role) {
        return i18n.get("role." + role.toLowerCase(Locale.ROOT));
    }

    /// The window title: "Ops Desk", or "Ops Desk — Demo data" in demo mode.
    public String title() {
        return title.get();
    }

    public ObservableStringValue titleProperty() {
        return title;
    }

    public ObservableStringValue platformUrlErrorProperty() {
        return platformUrlError.messageProperty();
    }

    public ObservableStringValue usernameErrorProperty() {
        return usernameError.messageProperty();
    }

    public ObservableStringValue passwordErrorProperty() {
        return passwordError.messageProperty();
    }

    /// "Connect to a platform…": executable in demo mode.
    public Command connectToPlatformCommand() {
        return connectToPlatform;
    }

    /// "Use demo data": executable when the user left demo mode and no platform URL is configured.
    public Command useDemoDataCommand() {
        return useDemoData;
    }

    public StringProperty platformUrlProperty() {
        return platformUrl;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty preparingDemoProperty() {
        return preparingDemo.getReadOnlyProperty();
    }

    /// What the demo start does now: "Preparing the demo data…", then on a first start each seeding step,
    /// "Preparing the demo data: orders (5 of 13)".
    public ReadOnlyStringProperty preparingTextProperty() {
        return preparingText.getReadOnlyProperty();
    }

    /// 0..1 through the seeding steps, or -1 (indeterminate) until seeding begins or when nothing is seeded.
    public ReadOnlyDoubleProperty preparingProgressProperty() {
        return preparingProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    public ObservableList<DemoUserItem> demoUsers() {
        return FXCollections.unmodifiableObservableList(demoUsers);
    }

    public ObjectProperty<DemoUserItem> selectedDemoUserProperty() {
        return selectedDemoUser;
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public Command signInCommand() {
        return signIn;
    }

    /// Executable only after the platform accepted a password that does not unlock the local data.
    public Command removeLocalDataCommand() {
        return removeLocalData;
    }
}
