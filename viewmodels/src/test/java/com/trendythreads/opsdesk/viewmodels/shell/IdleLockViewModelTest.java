package com.trendythreads.opsdesk.viewmodels.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.common.Ticker;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SignInException;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Lane security (issue 10): the idle lock follows a clock the test moves and a ticker it ticks; no sleeping.
class IdleLockViewModelTest {

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final Ticker ticker = Ticker.manual();
    private final InMemorySettingsStore settings = new InMemorySettingsStore();
    private final List<String> unlockAttempts = new ArrayList<>();
    private final List<String> signedOut = new ArrayList<>();
    private final IdleLockViewModel vm;

    IdleLockViewModelTest() {
        SessionState sessionState = new SessionState();
        UserSession.SignInAgain never = pw -> {
            throw new AssertionError("the idle lock unlocks, it does not sign in again");
        };
        sessionState.signedIn(new UserSession("https://platform.example.com",
                Fakes.user("mona.manager", "Mona Manager", "MANAGER"), false, false, null, new Fakes.Status(), null,
                null, () -> { }, never, pw -> {
                    unlockAttempts.add(new String(pw));
                    if (!"demo".equals(new String(pw))) {
                        throw new SignInException(SignInException.Reason.WRONG_CREDENTIALS, "401", null);
                    }
                }));
        vm = new IdleLockViewModel(sessionState, settings, TaskRunner.direct(), new I18n(settings), clock, ticker);
        vm.setOnSignOut(() -> signedOut.add("signed out"));
    }

    private void idle(Duration d) {
        clock.advance(d);
        ticker.tick();
    }

    @Test
    void fifteenIdleMinutesLockByDefaultAndOnlyTheRightPasswordUnlocks() {
        vm.activate();
        assertThat(IdleLockViewModel.minutes(settings)).isEqualTo(15);
        idle(Duration.ofMinutes(10));
        vm.activity(); // the user moves the mouse: the 15 minutes start again
        idle(Duration.ofMinutes(14).plusSeconds(55));
        assertThat(vm.lockedProperty().get()).as("14:55 after the last input").isFalse();
        idle(Duration.ofSeconds(5));
        assertThat(vm.lockedProperty().get()).as("15:00 after the last input").isTrue();
        assertThat(vm.who()).isEqualTo("Locked: Mona Manager (mona.manager)");

        // input while locked does not count as activity, and nothing unlocks without the password
        vm.activity();
        assertThat(vm.unlockCommand().isExecutable()).as("no password typed").isFalse();
        vm.passwordProperty().set("wrong");
        vm.unlockCommand().execute();
        assertThat(vm.lockedProperty().get()).isTrue();
        assertThat(vm.errorMessageProperty().get()).isEqualTo("Wrong password.");
        assertThat(vm.passwordProperty().get()).as("the typed password is not kept").isEmpty();

        vm.passwordProperty().set("demo");
        assertThat(vm.errorMessageProperty().get()).as("typing clears the error").isEmpty();
        vm.unlockCommand().execute();
        assertThat(vm.lockedProperty().get()).isFalse();
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(unlockAttempts).containsExactly("wrong", "demo");

        // unlocking starts the idle time again
        idle(Duration.ofMinutes(14));
        assertThat(vm.lockedProperty().get()).isFalse();
        idle(Duration.ofMinutes(1));
        assertThat(vm.lockedProperty().get()).isTrue();
    }

    @Test
    void theSettingAppliesAtOnceAndZeroNeverLocks() {
        vm.activate();
        settings.put(IdleLockViewModel.MINUTES_KEY, "0");
        idle(Duration.ofHours(10));
        assertThat(vm.lockedProperty().get()).as("0 = never").isFalse();

        settings.put(IdleLockViewModel.MINUTES_KEY, "2");
        vm.activity();
        idle(Duration.ofMinutes(1));
        assertThat(vm.lockedProperty().get()).isFalse();
        idle(Duration.ofMinutes(1));
        assertThat(vm.lockedProperty().get()).isTrue();

        settings.put(IdleLockViewModel.MINUTES_KEY, "nonsense");
        assertThat(IdleLockViewModel.minutes(settings)).as("unreadable: the default").isEqualTo(15);
    }

    @Test
    void aDeactivatedLockDoesNotTickAndSigningOutFromTheLockUsesTheShellsSignOut() {
        vm.activate();
        vm.deactivate();
        idle(Duration.ofHours(1));
        assertThat(vm.lockedProperty().get()).as("no ticks after deactivate").isFalse();

        vm.activate();
        assertThat(vm.signOutCommand().isExecutable()).as("only from the lock").isFalse();
        vm.lockNowCommand().execute();
        assertThat(vm.lockedProperty().get()).isTrue();
        vm.signOutCommand().execute();
        assertThat(signedOut).containsExactly("signed out");
        assertThat(unlockAttempts).isEmpty();
    }
}
