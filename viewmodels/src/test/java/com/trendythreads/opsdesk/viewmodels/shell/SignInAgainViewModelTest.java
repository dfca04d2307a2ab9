package com.trendythreads.opsdesk.viewmodels.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SignInException;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The session expired: the shell asks for the password only and signs the running session in again.
class SignInAgainViewModelTest {

    private final Fakes.Status status = new Fakes.Status();
    private final SessionState sessionState = new SessionState();
    private final List<String> attempts = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();
    private SignInException failWith;
    private final SignInAgainViewModel vm;

    SignInAgainViewModelTest() {
        sessionState.signedIn(new UserSession("https://platform.example.com",
                Fakes.user("mia.merch", "Mia Merch", "MERCHANDISER"), false, false, null, status, null, null,
                () -> closed.add("closed"), pw -> {
                    attempts.add(new String(pw));
                    if (failWith != null) {
                        throw failWith;
                    }
                    // The engine continues: the platform accepts calls again.
                    status.publish(new SyncStatus(Connectivity.ONLINE, null, 0, 0, 0, null, null));
                }));
        vm = new SignInAgainViewModel(sessionState, TaskRunner.direct(), new I18n(new InMemorySettingsStore()));
    }

    private void publish(Connectivity c, long pending) {
        status.publish(new SyncStatus(c, null, pending, 0, 0, null, null));
    }

    @Test
    void anExpiredSessionAsksForThePasswordAndSignsTheSameSessionInAgain() {
        vm.activate();
        assertThat(vm.showingProperty().get()).isFalse();
        assertThat(vm.who()).isEqualTo("Mia Merch (mia.merch) on https://platform.example.com");

        publish(Connectivity.SIGN_IN_EXPIRED, 2);
        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(vm.signInCommand().isExecutable()).as("no password yet").isFalse();

        failWith = new SignInException(SignInException.Reason.WRONG_CREDENTIALS, "401", null);
        vm.passwordProperty().set("wrong");
        vm.signInCommand().execute();
        assertThat(vm.errorMessageProperty().get()).isEqualTo("Wrong password.");
        assertThat(vm.showingProperty().get()).isTrue();

        failWith = new SignInException(SignInException.Reason.UNREACHABLE, "refused", null);
        vm.passwordProperty().set("demo");
        assertThat(vm.errorMessageProperty().get()).as("typing clears the old error").isEmpty();
        vm.signInCommand().execute();
        assertThat(vm.errorMessageProperty().get()).startsWith("The platform cannot be reached right now.");

        failWith = null;
        vm.signInCommand().execute();
        assertThat(attempts).containsExactly("wrong", "demo", "demo");
        assertThat(vm.showingProperty().get()).isFalse();
        assertThat(vm.passwordProperty().get()).as("the password is not kept").isEmpty();
        assertThat(vm.expiredProperty().get()).isFalse();
        assertThat(sessionState.current()).as("the same session goes on").isNotNull();
        assertThat(closed).as("nothing was closed").isEmpty();
    }

    @Test
    void cancelKeepsWorkingOfflineAndTheStatusBarCanAskAgain() {
        vm.activate();
        publish(Connectivity.SIGN_IN_EXPIRED, 0);
        vm.passwordProperty().set("half-typed");

        vm.cancelCommand().execute();

        assertThat(vm.showingProperty().get()).isFalse();
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(sessionState.current()).isNotNull();
        publish(Connectivity.SIGN_IN_EXPIRED, 1);
        assertThat(vm.showingProperty().get()).as("a new edit does not nag again").isFalse();
        assertThat(vm.reopenCommand().isExecutable()).isTrue();

        vm.reopenCommand().execute();
        assertThat(vm.showingProperty().get()).isTrue();
        assertThat(vm.reopenCommand().isExecutable()).isFalse();
        assertThat(attempts).isEmpty();
    }

    @Test
    void theDialogGoesAwayWhenTheSessionRecoversByItselfAndComesBackOnTheNextExpiry() {
        vm.activate();
        publish(Connectivity.SIGN_IN_EXPIRED, 0);
        vm.cancelCommand().execute();
        publish(Connectivity.ONLINE, 0);
        assertThat(vm.reopenCommand().isExecutable()).isFalse();

        publish(Connectivity.SIGN_IN_EXPIRED, 0);
        assertThat(vm.showingProperty().get()).isTrue();
        publish(Connectivity.DEGRADED, 0);
        assertThat(vm.showingProperty().get()).isFalse();
    }

    @Test
    void aSessionThatIsAlreadyExpiredAsksAtOnceAndDeactivateStopsListening() {
        publish(Connectivity.SIGN_IN_EXPIRED, 0);
        vm.activate();
        assertThat(vm.showingProperty().get()).isTrue();
        vm.deactivate();
        assertThat(status.listenerCount()).isZero();
    }
}
