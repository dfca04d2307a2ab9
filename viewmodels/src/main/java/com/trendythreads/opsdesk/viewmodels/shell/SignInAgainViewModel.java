package com.trendythreads.opsdesk.viewmodels.shell;

import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.LiveSubscription;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SignInException;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// "Sign in again": when the platform stops accepting the session (connectivity
/// [Connectivity#SIGN_IN_EXPIRED]) the shell asks for the password only, the user being fixed. Signing in
/// re-authenticates the running session ([UserSession#signInAgain]) and the sync engine continues with
/// everything queued; nothing is closed or reloaded. Cancel leaves the user working offline, edits queue,
/// and [#reopenCommand()] (the status bar) asks again.
public final class SignInAgainViewModel implements Activatable {

    private static final Logger LOG = LoggerFactory.getLogger(SignInAgainViewModel.class);

    private final UserSession session;
    private final TaskRunner runner;
    private final I18n i18n;
    private final ReadOnlyBooleanWrapper expired = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final Command signIn;
    private final Command cancel;
    private final Command reopen;
    private final LiveSubscription subscription = new LiveSubscription();

    @Inject
    public SignInAgainViewModel(SessionState sessionState, TaskRunner runner, I18n i18n) {
        this.session = Objects.requireNonNull(sessionState.current(), "Signing in again needs a session");
        this.runner = runner;
        this.i18n = i18n;
        signIn = Command.of(this::signIn, password.isNotEmpty().and(busy.not()));
        cancel = Command.of(this::cancel, busy.not());
        reopen = Command.of(() -> showing.set(true), expired.and(showing.not()));
        password.addListener((o, a, b) -> {
            if (!busy.get()) {
                errorMessage.set("");
            }
        });
    }

    @Override
    public void activate() {
        subscription.open(() -> session.status().onStatus(s -> runner.ui().dispatch(() -> follow(s.connectivity()))));
        follow(session.status().current().connectivity());
    }

    @Override
    public void deactivate() {
        subscription.close();
    }

    /// Asks once per expiry: after Cancel it stays away until the user reopens it or the session expires again.
    private void follow(Connectivity c) {
        boolean nowExpired = c == Connectivity.SIGN_IN_EXPIRED;
        if (nowExpired && !expired.get()) {
            errorMessage.set("");
            showing.set(true);
        } else if (!nowExpired && expired.get()) {
            showing.set(false);
        }
        expired.set(nowExpired);
    }

    private void signIn() {
        char[] pw = password.get().toCharArray();
        BackgroundTask.ofRunnable(() -> session.signInAgain(pw))
                .onStart(() -> {
                    busy.set(true);
                    errorMessage.set("");
                })
                .onSuccess(v -> {
                    password.set("");
                    showing.set(false);
                })
                .onFailure(e -> errorMessage.set(describe(e)))
                .onFinished(() -> {
                    Arrays.fill(pw, '\0');
                    busy.set(false);
                })
                .runWith(runner);
    }

    private void cancel() {
        password.set("");
        errorMessage.set("");
        showing.set(false);
    }

    private String describe(Throwable e) {
        if (e instanceof SignInException s) {
            return switch (s.reason()) {
                case WRONG_CREDENTIALS -> i18n.get("signInAgain.error.password");
                case UNREACHABLE -> i18n.get("signInAgain.error.unreachable");
                case LOCKED_OUT -> i18n.get("signIn.error.lockedOut", s.lockedUntil() == null ? "?"
                        : java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                                .format(s.lockedUntil().atZone(java.time.ZoneId.systemDefault())));
                default -> i18n.get("signIn.error.other", String.valueOf(s.getMessage()));
            };
        }
        LOG.error("Signing in again failed unexpectedly", e);
        return i18n.get("signIn.error.other", String.valueOf(e.getMessage()));
    }

    /// "Signed in as Mia Merch (mia.merch) on https://…": who signs in again, not editable.
    public String who() {
        return i18n.get("signInAgain.who", session.user().displayName(), session.user().username(),
                session.platformUrl());
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty expiredProperty() {
        return expired.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public Command signInCommand() {
        return signIn;
    }

    /// Work offline: edits keep queuing; the status bar offers to sign in again.
    public Command cancelCommand() {
        return cancel;
    }

    public Command reopenCommand() {
        return reopen;
    }
}
