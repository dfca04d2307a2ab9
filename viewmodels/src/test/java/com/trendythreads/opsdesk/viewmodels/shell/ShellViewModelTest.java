package com.trendythreads.opsdesk.viewmodels.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.rules.Permissions;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.Appearance;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.common.Theme;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShellViewModelTest {

    private final SettingsStore settings = new InMemorySettingsStore();
    private final I18n i18n = new I18n(settings);
    private final SessionState sessionState = new SessionState();
    private final Fakes.Status status = new Fakes.Status();
    private final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    private final Fakes.NoDesktop desktop = new Fakes.NoDesktop();
    private final Appearance appearance = new Appearance(settings);
    private final List<String> closed = new ArrayList<>();

    /// A catalog with role-bound workspaces, as later issues will add them (the titles reuse existing keys).
    private static final Workspaces ROLE_BOUND = new Workspaces(List.of(
            new Workspace("catalog", "role.merchandiser", anyRole("MERCHANDISER", "MANAGER", "ADMIN")),
            new Workspace("picking", "role.warehouse", anyRole("WAREHOUSE", "ADMIN")),
            new Workspace("tickets", "role.support", anyRole("SUPPORT", "ADMIN")),
            new Workspace(Workspaces.SETTINGS, "workspace.settings", Workspace.everyone())));

    private static java.util.function.Predicate<SessionUser> anyRole(String... roles) {
        return u -> java.util.Arrays.stream(roles).anyMatch(u::hasRole);
    }

    private ShellViewModel shell(SessionUser user, Workspaces workspaces, boolean offline) {
        sessionState.signedIn(Fakes.session(user, status, true, offline, closed));
        StatusBarViewModel bar = new StatusBarViewModel(sessionState, TaskRunner.direct(), i18n, Clock.systemUTC());
        return new ShellViewModel(sessionState, workspaces, bar, settings, appearance, desktop, notifier,
                TaskRunner.direct(), i18n);
    }

    @ParameterizedTest
    @CsvSource({
            "MERCHANDISER, catalog|settings",
            "WAREHOUSE, picking|settings",
            "MANAGER, catalog|settings",
            "SUPPORT, tickets|settings",
            "MARKETING, settings",
            "ADMIN, catalog|picking|tickets|settings"})
    void eachRoleSeesOnlyItsWorkspaces(String role, String expected) {
        ShellViewModel vm = shell(Fakes.user("u", "U", role), ROLE_BOUND, false);
        assertThat(vm.workspaces()).extracting(WorkspaceItem::id).containsExactly(expected.split("\\|"));
    }

    /// The client half of the permission matrix for workspaces: every role × every workspace, shown iff the
    /// contract's matrix ([Permissions]) lets the role call the workspace's list operation.
    @Test
    void everyRoleSeesTheWorkspacesItsContractRolesAllow() {
        Permissions matrix = Permissions.contract();
        for (String role : matrix.roles()) {
            for (boolean fromMe : List.of(false, true)) {
                // Signed in offline (roles only: the contract decides) and online (the permissions of /v1/me).
                SessionUser user = fromMe
                        ? new SessionUser("u", "U", List.of(role), matrix.operationsFor(List.of(role)))
                        : Fakes.user("u", "U", role);
                ShellViewModel vm = shell(user, Workspaces.standard(), false);
                List<String> expected = Workspaces.standard().all().stream()
                        .filter(w -> !(w.allowed() instanceof Workspace.MayCall m)
                                || m.operationIds().stream().anyMatch(op -> matrix.allows(List.of(role), op)))
                        .map(Workspace::id).toList();
                assertThat(vm.workspaces()).as(role).extracting(WorkspaceItem::id).containsExactlyElementsOf(expected);
            }
        }
        assertThat(Workspaces.standard().all()).as("every workspace follows an operation, or is everyone's")
                .allSatisfy(w -> assertThat(w.allowed() instanceof Workspace.MayCall
                        || List.of(Workspaces.SYNC, Workspaces.SETTINGS).contains(w.id())).as(w.id()).isTrue());
        assertThat(Workspaces.standard().all()).filteredOn(w -> w.allowed() instanceof Workspace.MayCall)
                .allSatisfy(w -> assertThat(((Workspace.MayCall) w.allowed()).operationIds())
                        .as("%s follows operations of the contract", w.id())
                        .allSatisfy(op -> assertThat(matrix.rule(op)).as(op).isPresent()));
    }

    @Test
    void aMarketerStartsInCampaigns() {
        ShellViewModel marketer = shell(Fakes.user("mark.marketing", "Mark", "MARKETING"), Workspaces.standard(), false);
        marketer.activate();
        assertThat(marketer.selectedProperty().get().id()).isEqualTo(Workspaces.CAMPAIGNS);
        marketer.deactivate();
    }

    @Test
    void aManagerStartsOnTheDashboardsAndOthersWhereTheyWork() {
        ShellViewModel manager = shell(Fakes.user("mona.manager", "Mona", "MANAGER"), Workspaces.standard(), false);
        manager.activate();
        assertThat(manager.selectedProperty().get().id()).isEqualTo(Workspaces.DASHBOARD);
        manager.deactivate();
        settings.put(ShellViewModel.lastWorkspaceKey("mona.manager"), Workspaces.INVENTORY);
        ShellViewModel again = shell(Fakes.user("mona.manager", "Mona", "MANAGER"), Workspaces.standard(), false);
        again.activate();
        assertThat(again.selectedProperty().get().id()).as("her own choice wins next time").isEqualTo(Workspaces.INVENTORY);

        // The next user at the same PC starts in their own place, not in Mona's.
        ShellViewModel merchandiser = shell(Fakes.user("mia.merch", "Mia", "MERCHANDISER"), Workspaces.standard(), false);
        merchandiser.activate();
        assertThat(merchandiser.selectedProperty().get().id()).isEqualTo(Workspaces.CATALOG);
        merchandiser.navigate(Workspaces.DASHBOARD);
        ShellViewModel managerAgain = shell(Fakes.user("mona.manager", "Mona", "MANAGER"), Workspaces.standard(), false);
        managerAgain.activate();
        assertThat(managerAgain.selectedProperty().get().id()).isEqualTo(Workspaces.INVENTORY);

        // A support agent starts in the service desk.
        ShellViewModel agent = shell(Fakes.user("sam.support", "Sam", "SUPPORT"), Workspaces.standard(), false);
        agent.activate();
        assertThat(agent.selectedProperty().get().id()).isEqualTo(Workspaces.SERVICE);
    }

    @Test
    void theLastWorkspaceIsRememberedAndRestored() {
        ShellViewModel first = shell(Fakes.user("u", "U", "ADMIN"), ROLE_BOUND, false);
        first.activate();
        assertThat(first.selectedProperty().get().id()).as("first workspace by default").isEqualTo("catalog");
        assertThat(first.navigate("tickets")).isTrue();
        first.deactivate();

        ShellViewModel again = shell(Fakes.user("u", "U", "ADMIN"), ROLE_BOUND, false);
        again.activate();
        assertThat(again.selectedProperty().get().id()).isEqualTo("tickets");

        ShellViewModel marketer = shell(Fakes.user("m", "M", "MARKETING"), ROLE_BOUND, false);
        marketer.activate();
        assertThat(marketer.selectedProperty().get().id()).as("a workspace the user may not see is not restored")
                .isEqualTo("settings");
        assertThat(marketer.navigate("tickets")).isFalse();
    }

    @Test
    void thePaletteFindsWorkspacesAndActions() {
        ShellViewModel vm = shell(Fakes.user("u", "U", "ADMIN"), Workspaces.standard(), false);
        CommandPaletteViewModel palette = vm.palette();
        palette.open();
        assertThat(palette.showingProperty().get()).isTrue();

        palette.queryProperty().set("sett");
        assertThat(palette.matches()).extracting(PaletteEntry::title).containsExactly("Settings");
        palette.runSelected();
        assertThat(vm.selectedProperty().get().id()).isEqualTo(Workspaces.SETTINGS);
        assertThat(palette.showingProperty().get()).isFalse();

        palette.open();
        palette.queryProperty().set("theme");
        palette.runSelected();
        assertThat(appearance.themeProperty().get()).isEqualTo(Theme.DARK);
        assertThat(settings.theme()).isEqualTo(Theme.DARK);

        palette.open();
        palette.queryProperty().set("log action");
        palette.runSelected();
        assertThat(desktop.opened).containsExactly(desktop.logDirectory());

        palette.open();
        palette.queryProperty().set("nothing like this");
        assertThat(palette.matches()).isEmpty();
        palette.runSelected();
    }

    @Test
    void signingOutClosesTheSessionAndDetachesTheStatusBar() {
        ShellViewModel vm = shell(Fakes.user("mona.manager", "Mona Manager", "MANAGER"), Workspaces.standard(), false);
        vm.activate();
        assertThat(status.listenerCount()).isEqualTo(1);
        assertThat(vm.title()).isEqualTo("Ops Desk — Demo data — Mona Manager");

        vm.signOut(false);

        assertThat(sessionState.current()).isNull();
        assertThat(closed).containsExactly("mona.manager");
        assertThat(status.listenerCount()).isZero();
    }

    @Test
    void signingOutWithRemoveLocalDataDeletesTheUsersCacheDirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp)
            throws Exception {
        java.nio.file.Path cacheDir = tmp.resolve("127.0.0.1-7070-abcd").resolve("mia.merch");
        java.nio.file.Files.createDirectories(cacheDir);
        java.nio.file.Files.writeString(cacheDir.resolve("cache.mv.db"), "encrypted");
        SessionUser mia = Fakes.user("mia.merch", "Mia Merch", "MERCHANDISER");
        sessionState.signedIn(new com.trendythreads.opsdesk.viewmodels.session.UserSession("http://127.0.0.1:7070",
                mia, false, false, cacheDir, status, null, null, () -> closed.add("mia.merch")));
        ShellViewModel vm = new ShellViewModel(sessionState, Workspaces.standard(),
                new StatusBarViewModel(sessionState, TaskRunner.direct(), i18n, Clock.systemUTC()), settings,
                appearance, desktop, notifier, TaskRunner.direct(), i18n);
        vm.activate();
        publishPending(2);
        assertThat(vm.signOutWarning()).isEqualTo("2 edits have not reached the platform yet; removing the local "
                + "data discards them.");

        vm.signOut(true);

        assertThat(closed).containsExactly("mia.merch");
        assertThat(cacheDir).doesNotExist();
        assertThat(notifier.infos).containsExactly("Your local data was removed from this computer.");
    }

    private void publishPending(long n) {
        status.publish(new com.trendythreads.opsdesk.cache.sync.SyncStatus(
                com.trendythreads.opsdesk.cache.status.Connectivity.ONLINE, null, n, 0, 0, null, null));
    }

    @Test
    void anOfflineStartIsAnnounced() {
        ShellViewModel vm = shell(Fakes.user("u", "U", "SUPPORT"), Workspaces.standard(), true);
        vm.activate();
        assertThat(notifier.infos).singleElement().asString().contains("working offline");
    }
}
