package com.trendythreads.opsdesk.viewmodels.shell;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.Appearance;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.DesktopActions;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.common.Theme;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The main window once signed in: navigation of the workspaces the user's roles allow, the status
/// bar, sign-out, the shortcuts overlay (F1) and the command palette (Ctrl+K). Remembers the last
/// workspace in the settings.
public final class ShellViewModel implements Activatable {

    static final String LAST_WORKSPACE = "shell.lastWorkspace";

    /// Per user: a warehouse PC is shared by pickers and their lead, and each starts where they left off.
    static String lastWorkspaceKey(String username) {
        return LAST_WORKSPACE + "." + username;
    }

    private final SessionState sessionState;
    private final Workspaces workspaceCatalog;
    private final StatusBarViewModel statusBar;
    private final CommandPaletteViewModel palette = new CommandPaletteViewModel();
    private final SettingsStore settings;
    private final Appearance appearance;
    private final DesktopActions desktop;
    private final Notifier notifier;
    private final TaskRunner runner;
    private final I18n i18n;

    private final ObservableList<WorkspaceItem> workspaces = FXCollections.observableArrayList();
    private final ObjectProperty<WorkspaceItem> selected = new SimpleObjectProperty<>();
    private final BooleanProperty shortcutsShowing = new SimpleBooleanProperty();
    private final Command openLogFolder;
    private final UserSession session;

    @Inject
    public ShellViewModel(SessionState sessionState, Workspaces workspaceCatalog, StatusBarViewModel statusBar,
                          SettingsStore settings, Appearance appearance, DesktopActions desktop, Notifier notifier,
                          TaskRunner runner, I18n i18n) {
        this.sessionState = sessionState;
        this.workspaceCatalog = workspaceCatalog;
        this.statusBar = statusBar;
        this.settings = settings;
        this.appearance = appearance;
        this.desktop = desktop;
        this.notifier = notifier;
        this.runner = runner;
        this.i18n = i18n;
        this.session = Objects.requireNonNull(sessionState.current(), "The shell needs a signed-in session");
        for (Workspace w : workspaceCatalog.visibleTo(session.user())) {
            workspaces.add(new WorkspaceItem(w.id(), i18n.get(w.titleKey())));
        }
        openLogFolder = Command.of(() -> desktop.openFolder(desktop.logDirectory()));
        selected.addListener((o, a, w) -> {
            if (w != null) {
                settings.put(lastWorkspaceKey(session.user().username()), w.id());
            }
        });
        palette.setEntries(paletteEntries());
    }

    @Override
    public void activate() {
        statusBar.activate();
        if (selected.get() == null && !workspaces.isEmpty()) {
            String last = settings.get(lastWorkspaceKey(session.user().username())).orElse("");
            String home = workspaceCatalog.homeFor(session.user()).map(Workspace::id).orElse("");
            selected.set(workspaces.stream().filter(w -> w.id().equals(last)).findFirst()
                    .or(() -> workspaces.stream().filter(w -> w.id().equals(home)).findFirst())
                    .orElse(workspaces.getFirst()));
        }
        if (session.startedOffline()) {
            notifier.info(i18n.get("shell.startedOffline"));
        }
    }

    @Override
    public void deactivate() {
        statusBar.deactivate();
    }

    private List<PaletteEntry> paletteEntries() {
        List<PaletteEntry> list = new ArrayList<>();
        String ws = i18n.get("palette.category.workspace");
        for (WorkspaceItem w : workspaces) {
            list.add(new PaletteEntry(w.title(), ws, () -> selected.set(w)));
        }
        String action = i18n.get("palette.category.action");
        list.add(new PaletteEntry(i18n.get("action.toggleTheme"), action, this::toggleTheme));
        list.add(new PaletteEntry(i18n.get("action.shortcuts"), action, () -> shortcutsShowing.set(true)));
        list.add(new PaletteEntry(i18n.get("action.openLogFolder"), action, openLogFolder::execute));
        list.add(new PaletteEntry(i18n.get("action.signOut"), action, () -> signOut(false)));
        return list;
    }

    public void toggleTheme() {
        appearance.themeProperty().set(appearance.themeProperty().get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    /// Selects the workspace with this id if the user may see it.
    public boolean navigate(String id) {
        return workspaces.stream().filter(w -> w.id().equals(id)).findFirst().map(w -> {
            selected.set(w);
            return true;
        }).orElse(false);
    }

    /// What the sign-out dialog warns about: edits that were not sent yet would be lost with the local data.
    public String signOutWarning() {
        long unsent = statusBar.pendingProperty().get() + statusBar.failedProperty().get()
                + statusBar.conflictsProperty().get();
        return unsent == 0 ? "" : i18n.get("signOut.unsentWarning", unsent);
    }

    /// Back to the sign-in screen; the session closes in the background, and with `removeLocalData` the
    /// user's local data on this computer is deleted.
    public void signOut(boolean removeLocalData) {
        deactivate();
        UserSession s = sessionState.detach();
        if (s == null) {
            return;
        }
        BackgroundTask.ofRunnable(() -> SessionState.close(s, removeLocalData))
                .onSuccess(v -> {
                    if (removeLocalData) {
                        notifier.info(i18n.get("signOut.removed"));
                    }
                })
                .onFailure(e -> notifier.error(i18n.get("signOut.failed.title"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    /// "Ops Desk — Mona Manager", with "Demo data" in demo mode.
    public String title() {
        String base = session.demo() ? i18n.get("app.title.demo") : i18n.get("app.title");
        return base + " — " + session.user().displayName();
    }

    public boolean demo() {
        return session.demo();
    }

    public String roleText() {
        return i18n.get("role." + session.user().primaryRole().toLowerCase(Locale.ROOT));
    }

    public UserSession session() {
        return session;
    }

    public ObservableList<WorkspaceItem> workspaces() {
        return FXCollections.unmodifiableObservableList(workspaces);
    }

    public ObjectProperty<WorkspaceItem> selectedProperty() {
        return selected;
    }

    public BooleanProperty shortcutsShowingProperty() {
        return shortcutsShowing;
    }

    public StatusBarViewModel statusBar() {
        return statusBar;
    }

    public CommandPaletteViewModel palette() {
        return palette;
    }

    public Command openLogFolderCommand() {
        return openLogFolder;
    }
}
