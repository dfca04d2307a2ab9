package com.trendythreads.opsdesk.viewmodels.shell;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.common.Ticker;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SignInException;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The idle lock (lane security, issue 10): after [#minutes(SettingsStore)] minutes without input the shell
/// hides the workspace and asks for the user's password. Online the platform checks it (a sign-in), offline
/// the local data's key does ([UserSession#unlock]). Nothing is closed: the sync engine keeps running and the
/// outbox is untouched. The user can also sign out from the lock.
///
/// The View reports input ([#activity()]); the time comes from the injected clock and [Ticker], so a test
/// moves a clock and ticks instead of sleeping.
public final class IdleLockViewModel implements Activatable {

    /// Minutes of inactivity before the lock; 0 = never. A device setting, not per user.
    public static final String MINUTES_KEY = "security.idleLockMinutes";
    public static final int DEFAULT_MINUTES = 15;
    static final Duration TICK = Duration.ofSeconds(5);

    private final UserSession session;
    private final SettingsStore settings;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Clock clock;
    private final Ticker ticker;

    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper("");
    private final Command unlock;
    private final Command signOut;
    private final Command lockNow;
    private volatile Instant lastActivity;
    private AutoCloseable ticking;
    private Runnable onSignOut = () -> { };

    @Inject
    public IdleLockViewModel(SessionState sessionState, SettingsStore settings, TaskRunner runner, I18n i18n,
                             Clock clock, Ticker ticker) {
        this.session = Objects.requireNonNull(sessionState.current(), "The idle lock needs a session");
        this.settings = settings;
        this.runner = runner;
        this.i18n = i18n;
        this.clock = clock;
        this.ticker = ticker;
        this.lastActivity = clock.instant();
        unlock = Command.of(this::unlock, locked.and(password.isNotEmpty()).and(busy.not()));
        signOut = Command.of(this::signOut, locked.and(busy.not()));
        lockNow = Command.of(this::lock, locked.not());
        password.addListener((o, a, b) -> {
            if (!busy.get()) {
                errorMessage.set("");
            }
        });
    }

    /// The configured minutes (default [#DEFAULT_MINUTES]; 0 = never; unreadable values count as the default).
    public static int minutes(SettingsStore settings) {
        return settings.get(MINUTES_KEY).map(v -> {
            try {
                return Math.max(0, Integer.parseInt(v.trim()));
            } catch (NumberFormatException e) {
                return DEFAULT_MINUTES;
            }
        }).orElse(DEFAULT_MINUTES);
    }

    @Override
    public void activate() {
        lastActivity = clock.instant();
        if (ticking == null) {
            ticking = ticker.every(TICK, this::tick);
        }
    }

    @Override
    public void deactivate() {
        if (ticking != null) {
            try {
                ticking.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            ticking = null;
        }
    }

    /// Input happened (mouse, keys, scrolling). Called for every event the View sees; cheap and thread-safe.
    public void activity() {
        if (!locked.get()) {
            lastActivity = clock.instant();
        }
    }

    /// Locks when the configured idle time has passed since the last input (the setting is read each tick,
    /// so a change applies at once).
    public void tick() {
        int minutes = minutes(settings);
        if (!locked.get() && minutes > 0
                && !clock.instant().isBefore(lastActivity.plus(Duration.ofMinutes(minutes)))) {
            lock();
        }
    }

    private void lock() {
        password.set("");
        errorMessage.set("");
        locked.set(true);
    }

    private void unlock() {
        char[] pw = password.get().toCharArray();
        BackgroundTask.ofRunnable(() -> session.unlock(pw))
                .onStart(() -> {
                    busy.set(true);
                    errorMessage.set("");
                })
                .onSuccess(v -> {
                    password.set("");
                    lastActivity = clock.instant();
                    locked.set(false);
                })
                .onFailure(e -> {
                    password.set("");
                    errorMessage.set(describe(e));
                })
                .onFinished(() -> {
                    Arrays.fill(pw, '\0');
                    busy.set(false);
                })
                .runWith(runner);
    }

    private String describe(Throwable e) {
        if (e instanceof SignInException s) {
            return switch (s.reason()) {
                case WRONG_CREDENTIALS -> i18n.get("idleLock.error.password");
                case LOCKED_OUT -> i18n.get("signIn.error.lockedOut", s.lockedUntil() == null ? "?"
                        : DateTimeFormatter.ofPattern("HH:mm").format(s.lockedUntil().atZone(ZoneId.systemDefault())));
                default -> i18n.get("signIn.error.other", String.valueOf(s.getMessage()));
            };
        }
        return i18n.get("signIn.error.other", String.valueOf(e.getMessage()));
    }

    private void signOut() {
        password.set("");
        locked.set(false);
        onSignOut.run();
    }

    /// What signing out from the lock does (the shell's sign-out, keeping the local data and its outbox).
    public void setOnSignOut(Runnable onSignOut) {
        this.onSignOut = Objects.requireNonNull(onSignOut);
    }

    /// "Locked: Mona Manager (mona.manager)".
    public String who() {
        return i18n.get("idleLock.who", session.user().displayName(), session.user().username());
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
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

    public Command unlockCommand() {
        return unlock;
    }

    public Command signOutCommand() {
        return signOut;
    }

    /// Locks at once (File → Lock, Ctrl+L).
    public Command lockNowCommand() {
        return lockNow;
    }
}
