package com.trendythreads.opsdesk.viewmodels.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.ClientConfig;
import com.trendythreads.opsdesk.viewmodels.session.DemoMode;
import com.trendythreads.opsdesk.viewmodels.session.SessionOpener;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SignInException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// The sign-in screen's logic, without a toolkit: background work and callbacks run on the test thread.
class SignInViewModelTest {

    private final SettingsStore settings = new InMemorySettingsStore();
    private final SessionState sessionState = new SessionState();
    private final List<String> attempts = new ArrayList<>();
    private RuntimeException failWith;

    private final SessionOpener opener = (url, user, password, demo) -> {
        attempts.add(url + " " + user + " " + new String(password) + (demo ? " demo" : ""));
        if (failWith != null) {
            throw failWith;
        }
        return Fakes.session(Fakes.user(user, "Mona Manager", "MANAGER"), new Fakes.Status(), demo, false,
                new ArrayList<>());
    };

    private static final class FakeDemo implements DemoMode {
        final boolean enabled;
        int starts;

        FakeDemo(boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public boolean enabled() {
            return enabled;
        }

        @Override
        public String start() {
            starts++;
            return "http://127.0.0.1:41234";
        }

        @Override
        public List<DemoUser> users() {
            return List.of(new DemoUser("mia.merch", "Mia Merch", "MERCHANDISER"),
                    new DemoUser("walt.warehouse", "Walt Warehouse", "WAREHOUSE"));
        }
    }

    /// A first demo start: the platform seeds in steps while it starts.
    private static final class SeedingDemo implements DemoMode {
        @Override
        public boolean enabled() {
            return true;
        }

        @Override
        public String start() {
            return start((name, index, count) -> { });
        }

        @Override
        public String start(SeedingListener seeding) {
            seeding.step("catalog", 1, 13);
            seeding.step("orders", 5, 13);
            return "http://127.0.0.1:41234";
        }

        @Override
        public List<DemoUser> users() {
            return List.of(new DemoUser("mia.merch", "Mia Merch", "MERCHANDISER"));
        }
    }

    @Test
    void aFirstDemoStartSaysWhichSeedingStepRunsAndHowFarItIs() {
        SignInViewModel vm = vm(new SeedingDemo(), Optional.empty());
        List<String> texts = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        vm.preparingTextProperty().addListener((o, a, t) -> texts.add(t));
        vm.preparingProgressProperty().addListener((o, a, p) -> progress.add(p.doubleValue()));
        vm.activate();
        assertThat(texts).containsExactly(
                "Preparing the demo data\u2026 (the first start seeds it, which takes a few seconds)",
                "Preparing the demo data: catalog (1 of 13)", "Preparing the demo data: orders (5 of 13)");
        assertThat(progress).containsExactly(0.0, 4 / 13.0);
        assertThat(vm.preparingDemoProperty().get()).isFalse();
        assertThat(vm.platformUrlProperty().get()).isEqualTo("http://127.0.0.1:41234");
    }

    private SignInViewModel vm(DemoMode demo, Optional<String> url) {
        ClientConfig config = new ClientConfig(url, Path.of("unused"), CacheOptions.defaults(),
                SyncSettings.defaults(), Duration.ofSeconds(1));
        return new SignInViewModel(TaskRunner.direct(), opener, sessionState, demo, config, settings,
                new I18n(settings));
    }

    @Test
    void signInIsPossibleOnlyWithAUrlAUserAndAPassword() {
        SignInViewModel vm = vm(new FakeDemo(false), Optional.empty());
        assertThat(vm.signInCommand().isExecutable()).isFalse();

        vm.platformUrlProperty().set("not a url");
        vm.usernameProperty().set("mona.manager");
        vm.passwordProperty().set("demo");
        assertThat(vm.signInCommand().isExecutable()).as("URL without scheme").isFalse();

        vm.platformUrlProperty().set("ftp://platform.example.com");
        assertThat(vm.signInCommand().isExecutable()).as("not http(s)").isFalse();

        vm.platformUrlProperty().set("https://platform.example.com");
        assertThat(vm.signInCommand().isExecutable()).isTrue();

        vm.usernameProperty().set("   ");
        assertThat(vm.signInCommand().isExecutable()).as("blank user").isFalse();
        vm.usernameProperty().set("mona.manager");
        vm.passwordProperty().set("");
        assertThat(vm.signInCommand().isExecutable()).as("empty password").isFalse();

        vm.signInCommand().execute();
        assertThat(attempts).as("a command that is not executable does nothing").isEmpty();
    }

    @Test
    void theConfiguredUrlIsUsedAndASuccessfulSignInBecomesTheSession() {
        SignInViewModel vm = vm(new FakeDemo(false), Optional.of("https://platform.example.com"));
        vm.activate();
        assertThat(vm.platformUrlProperty().get()).isEqualTo("https://platform.example.com");
        assertThat(vm.demoUsers()).isEmpty();
        assertThat(vm.title()).isEqualTo("Ops Desk");

        vm.usernameProperty().set(" mona.manager ");
        vm.passwordProperty().set("demo");
        vm.signInCommand().execute();

        assertThat(attempts).containsExactly("https://platform.example.com mona.manager demo");
        assertThat(sessionState.current()).isNotNull();
        assertThat(sessionState.current().user().username()).isEqualTo("mona.manager");
        assertThat(vm.passwordProperty().get()).as("the password is not kept").isEmpty();
        assertThat(vm.errorMessageProperty().get()).isEmpty();
        assertThat(settings.get(SignInViewModel.LAST_USER)).contains("mona.manager");
        assertThat(vm(new FakeDemo(false), Optional.empty()).usernameProperty().get())
                .as("the next sign-in screen remembers the user, not the password").isEqualTo("mona.manager");
    }

    @Test
    void demoModeStartsThePlatformListsTheUsersAndPickingOneFillsTheForm() {
        FakeDemo demo = new FakeDemo(true);
        SignInViewModel vm = vm(demo, Optional.empty());
        assertThat(vm.demoProperty().get()).isTrue();
        assertThat(vm.title()).isEqualTo("Ops Desk — Demo data");

        vm.activate();
        vm.activate();
        assertThat(demo.starts).isEqualTo(1);
        assertThat(vm.platformUrlProperty().get()).isEqualTo("http://127.0.0.1:41234");
        assertThat(vm.preparingDemoProperty().get()).isFalse();
        assertThat(vm.demoUsers()).extracting(DemoUserItem::displayName, DemoUserItem::roleLabel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mia Merch", "Merchandiser"),
                        org.assertj.core.groups.Tuple.tuple("Walt Warehouse", "Warehouse"));

        vm.selectedDemoUserProperty().set(vm.demoUsers().get(1));
        assertThat(vm.usernameProperty().get()).isEqualTo("walt.warehouse");
        assertThat(vm.passwordProperty().get()).isEqualTo("demo");
        vm.signInCommand().execute();
        assertThat(attempts).containsExactly("http://127.0.0.1:41234 walt.warehouse demo demo");
        assertThat(sessionState.current().demo()).isTrue();
    }

    @Test
    void aWrongPasswordForTheLocalDataSaysSoAndOpensNothing() {
        SignInViewModel vm = vm(new FakeDemo(false), Optional.of("https://platform.example.com"));
        vm.usernameProperty().set("mia.merch");
        vm.passwordProperty().set("wrong");
        failWith = new SignInException(SignInException.Reason.LOCAL_DATA_PASSWORD, "does not unlock", null);

        vm.signInCommand().execute();

        assertThat(vm.errorMessageProperty().get()).isEqualTo("The platform cannot be reached, and this password "
                + "does not unlock the local data of mia.merch on https://platform.example.com. Nothing was opened.");
        assertThat(sessionState.current()).isNull();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.signInCommand().isExecutable()).as("the user may try again").isTrue();

        vm.passwordProperty().set("demo");
        assertThat(vm.errorMessageProperty().get()).as("typing clears the old error").isEmpty();
    }

    @Test
    void localDataLockedWithAnEarlierPasswordCanBeRemovedFromTheSignInScreen(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path dir = tmp.resolve("mia.merch");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.writeString(dir.resolve("cache.mv.db"), "locked");
        SignInViewModel vm = vm(new FakeDemo(false), Optional.of("https://platform.example.com"));
        vm.usernameProperty().set("mia.merch");
        vm.passwordProperty().set("new-password");
        assertThat(vm.removeLocalDataCommand().isExecutable()).isFalse();

        failWith = new SignInException(SignInException.Reason.LOCAL_DATA_OLD_PASSWORD, "does not unlock", null, dir);
        vm.signInCommand().execute();
        assertThat(vm.errorMessageProperty().get()).startsWith("The platform accepted your password, but the local "
                + "data of mia.merch on this computer was locked with an earlier password.");
        assertThat(vm.removeLocalDataCommand().isExecutable()).isTrue();

        vm.removeLocalDataCommand().execute();
        assertThat(dir).doesNotExist();
        assertThat(vm.errorMessageProperty().get()).isEqualTo("The local data was removed. Sign in again to download it afresh.");
        assertThat(vm.removeLocalDataCommand().isExecutable()).isFalse();

        failWith = null;
        vm.signInCommand().execute();
        assertThat(sessionState.current()).isNotNull();
    }

    @Test
    void everyFailureReadsAsASentenceInTheUsersLanguage() {
        settings.setLocale(Locale.GERMAN);
        SignInViewModel vm = vm(new FakeDemo(false), Optional.of("https://platform.example.com"));
        vm.usernameProperty().set("mia.merch");
        vm.passwordProperty().set("x");

        failWith = new SignInException(SignInException.Reason.WRONG_CREDENTIALS, "401", null);
        vm.signInCommand().execute();
        assertThat(vm.errorMessageProperty().get()).isEqualTo("Benutzername oder Passwort ist falsch.");

        failWith = new SignInException(SignInException.Reason.UNREACHABLE_NO_LOCAL_DATA, "refused", null);
        vm.signInCommand().execute();
        assertThat(vm.errorMessageProperty().get()).startsWith("Die Plattform unter https://platform.example.com ist nicht erreichbar");

        failWith = new IllegalStateException("disk full");
        vm.signInCommand().execute();
        assertThat(vm.errorMessageProperty().get()).isEqualTo("Anmeldung fehlgeschlagen: disk full");
        assertThat(sessionState.current()).isNull();
    }

    /// Lane access: the platform's lock-out (423 with `lockedUntil`) reads as when to try again, in local time.
    @Test
    void aLockedOutUserIsToldWhenToTryAgain() {
        SignInViewModel vm = vm(new FakeDemo(false), Optional.of("https://platform.example.com"));
        vm.usernameProperty().set("mia.merch");
        vm.passwordProperty().set("x");
        java.time.ZonedDateTime until = java.time.ZonedDateTime.now().withHour(14).withMinute(5);
        failWith = SignInException.lockedOut(until.toInstant(), "423", null);
        vm.signInCommand().execute();
        assertThat(vm.errorMessageProperty().get()).isEqualTo("Too many failed sign-ins. Try again after 14:05.");
        assertThat(sessionState.current()).isNull();

        settings.setLocale(Locale.GERMAN);
        SignInViewModel de = vm(new FakeDemo(false), Optional.of("https://platform.example.com"));
        de.usernameProperty().set("mia.merch");
        de.passwordProperty().set("x");
        de.signInCommand().execute();
        assertThat(de.errorMessageProperty().get())
                .isEqualTo("Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es nach 14:05 Uhr erneut.");
    }

    @Test
    void demoModeCanBeLeftForAPlatformAndTheChoiceIsKeptForTheNextStart() {
        FakeDemo demo = new FakeDemo(true);
        SignInViewModel vm = vm(demo, Optional.empty());
        vm.activate();
        assertThat(vm.connectToPlatformCommand().isExecutable()).isTrue();
        assertThat(vm.useDemoDataCommand().isExecutable()).isFalse();

        vm.connectToPlatformCommand().execute();

        assertThat(vm.demoProperty().get()).as("the URL field opens").isFalse();
        assertThat(vm.titleProperty().get()).isEqualTo("Ops Desk");
        assertThat(vm.platformUrlProperty().get()).as("no platform used before").isEmpty();
        assertThat(vm.platformUrlErrorProperty().get()).as("an untouched field is not red").isEmpty();
        vm.platformUrlProperty().set("platform.example.com");
        assertThat(vm.platformUrlErrorProperty().get()).isEqualTo("Platform URL: it must start with http:// or "
                + "https:// and name a host, such as https://platform.example.com.");
        vm.platformUrlProperty().set("https://");
        assertThat(vm.platformUrlErrorProperty().get()).as("no host").startsWith("Platform URL: it must start");
        vm.platformUrlProperty().set("");
        assertThat(vm.platformUrlErrorProperty().get())
                .isEqualTo("Platform URL: enter the platform's address, such as https://platform.example.com.");
        vm.platformUrlProperty().set("https://platform.example.com");
        assertThat(vm.platformUrlErrorProperty().get()).isEmpty();
        vm.usernameProperty().set("mona.manager");
        vm.passwordProperty().set("secret");
        vm.signInCommand().execute();
        assertThat(attempts).as("a platform sign-in, not a demo one")
                .containsExactly("https://platform.example.com mona.manager secret");

        SignInViewModel nextStart = vm(demo, Optional.empty());
        nextStart.activate();
        assertThat(nextStart.demoProperty().get()).isFalse();
        assertThat(nextStart.platformUrlProperty().get()).isEqualTo("https://platform.example.com");
        assertThat(nextStart.demoUsers()).isEmpty();
        assertThat(demo.starts).as("no demo platform for a platform sign-in").isEqualTo(1);

        nextStart.useDemoDataCommand().execute();
        assertThat(nextStart.demoProperty().get()).isTrue();
        assertThat(nextStart.titleProperty().get()).isEqualTo("Ops Desk — Demo data");
        assertThat(nextStart.platformUrlProperty().get()).isEqualTo("http://127.0.0.1:41234");
        assertThat(nextStart.demoUsers()).hasSize(2);
        assertThat(vm(demo, Optional.empty()).demoProperty().get()).as("demo again at the start after").isTrue();
    }

    @Test
    void withAConfiguredPlatformThereIsNoDemoToGoBackTo() {
        SignInViewModel vm = vm(new FakeDemo(false), Optional.of("https://platform.example.com"));
        assertThat(vm.useDemoDataCommand().isExecutable()).isFalse();
        assertThat(vm.connectToPlatformCommand().isExecutable()).isFalse();
    }

    @Test
    void eachFieldNamesItselfInItsMessageOnceTheUserHasTypedInIt() {
        SignInViewModel vm = vm(new FakeDemo(false), Optional.of("https://platform.example.com"));
        assertThat(vm.usernameErrorProperty().get()).isEmpty();
        assertThat(vm.passwordErrorProperty().get()).isEmpty();

        vm.usernameProperty().set("mia");
        vm.usernameProperty().set("  ");
        vm.passwordProperty().set("x");
        vm.passwordProperty().set("");

        assertThat(vm.usernameErrorProperty().get()).isEqualTo("User name: enter your user name.");
        assertThat(vm.passwordErrorProperty().get()).isEqualTo("Password: enter your password.");
        assertThat(vm.platformUrlErrorProperty().get()).isEmpty();
        vm.usernameProperty().set("mia.merch");
        assertThat(vm.usernameErrorProperty().get()).isEmpty();
    }

    @Test
    void inDemoModeTheLockedUrlIsNeverAnError() {
        SignInViewModel vm = vm(new FakeDemo(true), Optional.empty());
        vm.platformUrlProperty().set("x");
        assertThat(vm.platformUrlErrorProperty().get()).isEmpty();
    }
}
