package com.trendythreads.opsdesk.views.shell;

import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.shell.PaletteEntry;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import com.trendythreads.opsdesk.viewmodels.shell.ShellViewModel;
import com.trendythreads.opsdesk.viewmodels.shell.StatusBarViewModel;
import com.trendythreads.opsdesk.viewmodels.shell.WorkspaceItem;
import com.trendythreads.opsdesk.views.common.FxNotifier;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/// The main window once signed in: menu, workspace navigation, the selected workspace, the status bar,
/// and two overlays (F1 shortcuts, Ctrl+K command palette).
public final class ShellView implements Activatable {

    private final ShellViewModel vm;
    private final ViewLoader loader;
    private final FxNotifier notifier;
    private final I18n i18n;
    private final RecordLinks links;
    private final Map<String, ViewLoader.Loaded<?>> loaded = new HashMap<>();
    private Activatable activeWorkspace;

    @FXML private StackPane shellRoot;
    @FXML private Label demoBadge;
    @FXML private ListView<WorkspaceItem> navigation;
    @FXML private StackPane content;
    @FXML private Label connectivityLabel;
    @FXML private Label lastSyncLabel;
    @FXML private Label editsLabel;
    @FXML private Label conflictsLabel;
    @FXML private ProgressBar syncProgress;
    @FXML private Label progressLabel;
    @FXML private Label statusUserLabel;
    @FXML private VBox shortcutsOverlay;
    @FXML private VBox paletteOverlay;
    @FXML private TextField paletteQuery;
    @FXML private ListView<PaletteEntry> paletteList;
    @FXML private Hyperlink signInAgainLink;
    @FXML private SignInAgainView signInAgainController;
    @FXML private javafx.scene.layout.BorderPane shellContent;
    @FXML private IdleLockView idleLockController;

    @Inject
    public ShellView(ShellViewModel vm, ViewLoader loader, FxNotifier notifier, I18n i18n, RecordLinks links) {
        this.links = links;
        this.vm = vm;
        this.loader = loader;
        this.notifier = notifier;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        demoBadge.setVisible(vm.demo());
        demoBadge.setManaged(vm.demo());
        navigation.setItems(vm.workspaces());
        navigation.setCellFactory(list -> new ShellCells.WorkspaceCell());
        navigation.getSelectionModel().selectedItemProperty().addListener((o, a, w) -> {
            if (w != null) {
                vm.selectedProperty().set(w);
            }
        });
        vm.selectedProperty().addListener((o, a, w) -> show(w));
        // a screen asked to open a record: show its workspace, which takes the link when activated
        links.requestedProperty().addListener((o, a, l) -> RecordLinks.workspaceOf(l).ifPresent(vm::navigate));
        bindStatusBar(vm.statusBar());
        shortcutsOverlay.visibleProperty().bindBidirectional(vm.shortcutsShowingProperty());
        paletteOverlay.visibleProperty().bind(vm.palette().showingProperty());
        paletteQuery.textProperty().bindBidirectional(vm.palette().queryProperty());
        paletteList.setItems(vm.palette().matches());
        paletteList.setCellFactory(list -> new ShellCells.PaletteCell());
        vm.palette().selectedProperty().addListener((o, a, e) -> paletteList.getSelectionModel().select(e));
        paletteList.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (e != null) {
                vm.palette().selectedProperty().set(e);
            }
        });
        paletteList.setOnMouseClicked(e -> vm.palette().runSelected());
        shellRoot.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        signInAgainController.offerReopen(signInAgainLink);
        idleLockController.hideWhileLocked(shellContent, () -> vm.signOut(false));
    }

    private void bindStatusBar(StatusBarViewModel s) {
        connectivityLabel.textProperty().bind(s.connectivityTextProperty());
        s.connectivityProperty().addListener((o, a, c) -> styleConnectivity(c));
        styleConnectivity(s.connectivityProperty().get());
        Tooltip problem = new Tooltip();
        problem.textProperty().bind(s.problemProperty());
        connectivityLabel.setTooltip(problem);
        lastSyncLabel.textProperty().bind(s.lastSyncTextProperty());
        editsLabel.textProperty().bind(s.editsTextProperty());
        conflictsLabel.textProperty().bind(s.conflictsTextProperty());
        syncProgress.progressProperty().bind(s.progressProperty());
        syncProgress.visibleProperty().bind(s.progressVisibleProperty());
        syncProgress.managedProperty().bind(s.progressVisibleProperty());
        progressLabel.textProperty().bind(s.progressTextProperty());
        progressLabel.visibleProperty().bind(s.progressVisibleProperty());
        progressLabel.managedProperty().bind(s.progressVisibleProperty());
        statusUserLabel.textProperty().bind(s.userTextProperty());
    }

    private void styleConnectivity(Connectivity c) {
        connectivityLabel.getStyleClass().removeAll("status-online", "status-degraded", "status-offline", "status-expired");
        connectivityLabel.getStyleClass().add(switch (c) {
            case ONLINE -> "status-online";
            case DEGRADED -> "status-degraded";
            case OFFLINE -> "status-offline";
            case SIGN_IN_EXPIRED -> "status-expired";
        });
        connectivityLabel.setGraphic(new FontIcon(switch (c) {
            case ONLINE -> Material2OutlinedAL.CLOUD_DONE;
            case DEGRADED -> Material2OutlinedMZ.WIFI;
            case OFFLINE -> Material2OutlinedAL.CLOUD_OFF;
            case SIGN_IN_EXPIRED -> Material2OutlinedAL.LOCK;
        }));
    }

    private void show(WorkspaceItem w) {
        if (activeWorkspace != null) {
            activeWorkspace.deactivate();
            activeWorkspace = null;
        }
        if (w == null) {
            content.getChildren().clear();
            return;
        }
        navigation.getSelectionModel().select(w);
        ViewLoader.Loaded<?> screen = loaded.computeIfAbsent(w.id(), id -> loader.load(WorkspaceViews.viewFor(id)));
        content.getChildren().setAll(screen.root());
        if (screen.view() instanceof Activatable a) {
            activeWorkspace = a;
            a.activate();
        }
    }

    private void onKey(KeyEvent e) {
        if (idleLockController.locked()) {
            return; // no shortcut works behind the idle lock
        }
        if (e.getCode() == KeyCode.F1) {
            vm.shortcutsShowingProperty().set(!vm.shortcutsShowingProperty().get());
        } else if (e.getCode() == KeyCode.K && e.isShortcutDown()) {
            openPalette();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            vm.shortcutsShowingProperty().set(false);
            vm.palette().close();
        } else if (e.getCode() == KeyCode.ENTER && vm.palette().showingProperty().get()) {
            vm.palette().runSelected();
        } else if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) && vm.palette().showingProperty().get()) {
            int i = paletteList.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
            if (i >= 0 && i < paletteList.getItems().size()) {
                paletteList.getSelectionModel().select(i);
                paletteList.scrollTo(i);
            }
        } else if (e.isShortcutDown() && e.getCode().isDigitKey()) {
            int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
            if (n >= 0 && n < vm.workspaces().size()) {
                vm.selectedProperty().set(vm.workspaces().get(n));
            }
        } else {
            return;
        }
        e.consume();
    }

    @FXML
    private void openPalette() {
        vm.palette().open();
        Platform.runLater(paletteQuery::requestFocus);
    }

    @FXML
    private void lockNow() {
        vm.shortcutsShowingProperty().set(false);
        vm.palette().close();
        idleLockController.lockNow();
    }

    @FXML
    private void toggleShortcuts() {
        vm.shortcutsShowingProperty().set(!vm.shortcutsShowingProperty().get());
    }

    @FXML
    private void toggleTheme() {
        vm.toggleTheme();
    }

    @FXML
    private void openLogFolder() {
        vm.openLogFolderCommand().execute();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    /// Asks whether to remove the local data too, warning about edits that have not been sent.
    @FXML
    private void signOut() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("signOut.title"));
        dialog.setHeaderText(i18n.get("signOut.question"));
        dialog.initOwner(shellRoot.getScene().getWindow());
        CheckBox remove = new CheckBox(i18n.get("signOut.removeLocalData"));
        Label warning = new Label(vm.signOutWarning());
        warning.setWrapText(true);
        warning.getStyleClass().add("danger");
        warning.visibleProperty().bind(remove.selectedProperty().and(warning.textProperty().isNotEmpty()));
        dialog.getDialogPane().setContent(new VBox(12, remove, warning));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.signOut(remove.isSelected()));
    }

    @Override
    public void activate() {
        notifier.setHost(shellRoot);
        vm.activate();
        signInAgainController.activate();
        idleLockController.activate();
    }

    @Override
    public void deactivate() {
        if (activeWorkspace != null) {
            activeWorkspace.deactivate();
        }
        signInAgainController.deactivate();
        idleLockController.deactivate();
        vm.deactivate();
        notifier.setHost(null);
    }

    public String title() {
        return vm.title();
    }

    public Parent root() {
        return shellRoot;
    }
}
