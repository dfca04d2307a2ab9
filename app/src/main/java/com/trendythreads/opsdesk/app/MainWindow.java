package com.trendythreads.opsdesk.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.google.inject.Injector;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.Appearance;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.Theme;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import com.trendythreads.opsdesk.views.shell.ShellView;
import com.trendythreads.opsdesk.views.signin.SignInView;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/// The one window: the sign-in screen while nobody is signed in, the shell otherwise. Rebuilt (with the
/// language from the settings) whenever the session changes. Remembers its size and position.
public final class MainWindow {

    private final Injector injector;
    private final Stage stage;
    private final SessionState sessionState;
    private final I18n i18n;
    private final SettingsStore settings;
    private final Appearance appearance;
    private Activatable current;
    private Object currentView;

    public MainWindow(Injector injector, Stage stage) {
        this.injector = injector;
        this.stage = stage;
        this.sessionState = injector.getInstance(SessionState.class);
        this.i18n = injector.getInstance(I18n.class);
        this.settings = injector.getInstance(SettingsStore.class);
        this.appearance = injector.getInstance(Appearance.class);
    }

    public void show() {
        applyTheme(appearance.themeProperty().get());
        appearance.themeProperty().addListener((o, a, t) -> applyTheme(t));
        Scene scene = new Scene(new StackPane(), settings.getDouble("window.width").orElse(1200.0),
                settings.getDouble("window.height").orElse(780.0));
        scene.getStylesheets().add(ViewLoader.class.getResource("/com/trendythreads/opsdesk/views/app.css").toExternalForm());
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        restorePosition();
        sessionState.currentProperty().addListener((o, a, s) -> rebuild());
        rebuild();
        stage.setOnHiding(e -> saveBounds());
        stage.show();
    }

    private void rebuild() {
        if (current != null) {
            current.deactivate();
        }
        i18n.reload();
        ViewLoader loader = injector.getInstance(ViewLoader.class);
        Parent root;
        if (sessionState.current() == null) {
            ViewLoader.Loaded<SignInView> l = loader.load(SignInView.class);
            root = l.root();
            stage.titleProperty().bind(l.view().title());
            current = l.view();
            currentView = l.view();
        } else {
            ViewLoader.Loaded<ShellView> l = loader.load(ShellView.class);
            root = l.root();
            stage.titleProperty().unbind();
            stage.setTitle(l.view().title());
            current = l.view();
            currentView = l.view();
        }
        // Activated before it is shown, so that nobody (a user, a test) sees a screen without its state.
        current.activate();
        stage.getScene().setRoot(root);
    }

    /// The View shown now (tests).
    public Object currentView() {
        return currentView;
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void restorePosition() {
        double x = settings.getDouble("window.x").orElse(Double.NaN);
        double y = settings.getDouble("window.y").orElse(Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, 100, 100)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(settings.get("window.maximized").map(Boolean::parseBoolean).orElse(false));
    }

    private void saveBounds() {
        settings.put("window.maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized() && !Double.isNaN(stage.getX())) {
            settings.put("window.x", String.valueOf(stage.getX()));
            settings.put("window.y", String.valueOf(stage.getY()));
            settings.put("window.width", String.valueOf(stage.getWidth()));
            settings.put("window.height", String.valueOf(stage.getHeight()));
        }
    }
}
