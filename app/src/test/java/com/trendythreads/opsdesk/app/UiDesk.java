package com.trendythreads.opsdesk.app;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.platform.db.SeedTemplate;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/// What the UI tests share: the real app in a window under a temporary home, optionally with a real demo
/// platform (an H2 file, so it can stop and start again on the same port with its data), and the steps a
/// user takes (sign in, sign out). TestFX only finds `@Start`/`@Stop` declared on the test class itself, so
/// this is a helper each test creates in its `@Start`, not a base class.
final class UiDesk implements AutoCloseable {

    private static final SeedTemplate TINY = new SeedTemplate(Scale.TINY, 1_000);

    private final Path tmp;
    private final UnaryOperator<PlatformConfig.Builder> customize;
    private DemoPlatform platform;
    private int port;
    private Injector injector;
    private MainWindow window;

    private UiDesk(Path tmp, UnaryOperator<PlatformConfig.Builder> customize) {
        this.tmp = tmp;
        this.customize = customize;
    }

    /// A TINY platform under `tmp/platform` and the app configured for it, shown in `stage`.
    static UiDesk withPlatform(Stage stage, Path tmp) {
        return withPlatform(stage, tmp, b -> b);
    }

    static UiDesk withPlatform(Stage stage, Path tmp, UnaryOperator<PlatformConfig.Builder> customize) {
        UiDesk d = new UiDesk(tmp, customize);
        d.platform = DemoPlatform.start(d.platformConfig(0));
        d.port = d.platform.port();
        d.open(stage);
        return d;
    }

    /// The app in demo mode (no platform URL configured) under `tmp/home`.
    static UiDesk demo(Stage stage, Path tmp) {
        return demo(stage, tmp, injector -> { });
    }

    /// Demo mode, with `beforeShow` given the app's injector before the window shows.
    static UiDesk demo(Stage stage, Path tmp, java.util.function.Consumer<Injector> beforeShow) {
        UiDesk d = new UiDesk(tmp, b -> b);
        d.open(stage, beforeShow);
        return d;
    }

    private PlatformConfig platformConfig(int p) {
        return customize.apply(tinyPlatform(tmp.resolve("platform")).port(p)).build();
    }

    /// A TINY platform over the H2 database in `dir`. The first call for a `dir` copies the database seeded
    /// once for all UI tests, so every test class starts from the same fresh data without seeding again;
    /// later calls (a restart) keep what is there.
    static PlatformConfig.Builder tinyPlatform(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            TINY.copyInto(dir);
        }
        return PlatformConfig.builder().database(new Database.Location.H2File(dir)).scale(Scale.TINY)
                .passwordIterations(1_000);
    }

    private void open(Stage stage) {
        open(stage, injector -> { });
    }

    private void open(Stage stage, java.util.function.Consumer<Injector> beforeShow) {
        Optional<String> url = port == 0 ? Optional.empty() : Optional.of("http://127.0.0.1:" + port);
        injector = TestApp.injector(TestApp.config(home(), url));
        // as OpsDeskApp does: in demo mode the platform starts before the sign-in screen asks for it
        OpsDesk.startDemoPlatform(injector);
        beforeShow.accept(injector);
        window = new MainWindow(injector, stage);
        window.show();
    }

    /// Closes the window and everything behind it (the settings file stays), then opens the app again in
    /// `stage`, like quitting and starting Ops Desk. Call on the FX thread.
    void restartApp(Stage closing, Stage stage) {
        closing.hide();
        OpsDesk.shutdown(injector);
        open(stage);
    }

    Path home() {
        return tmp.resolve("home");
    }

    Injector injector() {
        return injector;
    }

    String platformUrl() {
        return "http://127.0.0.1:" + port;
    }

    /// The platform goes away: connections are refused from now on.
    void stopPlatform() {
        platform.close();
        platform = null;
    }

    /// The same platform, same data, same port.
    void startPlatform() {
        platform = DemoPlatform.start(platformConfig(port));
    }

    DemoPlatform platform() {
        return platform;
    }

    /// A client straight to the platform, signed in as ada.admin: the truth the tests compare with.
    PlatformClient admin() {
        PlatformClient c = PlatformClient.builder().baseUrl(platformUrl()).build();
        c.session().signIn("ada.admin", "demo");
        return c;
    }

    /// The signed-in session's sync engine (for edits made "by a screen" through its LocalEdits).
    SyncEngine engine() {
        return injector.getInstance(SessionState.class).current().engine().orElseThrow();
    }

    static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    /// Types the password (replacing what is there) and presses "Sign in"; does not wait.
    static void submitPassword(FxRobot robot, String password) {
        PasswordField pw = robot.lookup("#password").queryAs(PasswordField.class);
        robot.interact(pw::clear);
        robot.clickOn("#password").write(password);
        robot.clickOn("#signIn");
    }

    /// Signs in and waits until the shell shows a finished sync.
    static void signIn(FxRobot robot, String password) throws Exception {
        submitPassword(robot, password);
        waitOnFx(30, () -> robot.lookup("#lastSync").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last sync")).orElse(false));
    }

    /// Signs out (keeping the local data) and waits for the sign-in screen.
    void signOut(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> SessionState.close(injector.getInstance(SessionState.class).detach(), false))
                .get();
        waitOnFx(10, () -> robot.lookup("#signIn").tryQuery().isPresent());
    }

    /// Waits until the label shows `text`; a timeout names what it showed instead.
    static void waitForText(FxRobot robot, String id, String text) throws Exception {
        try {
            waitOnFx(60, () -> robot.lookup(id).tryQuery()
                    .map(n -> text.equals(((Label) n).getText())).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(id + " should show \"" + text + "\" but shows \""
                    + robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("(not on screen)") + "\"", e);
        }
    }

    @Override
    public void close() {
        OpsDesk.shutdown(injector);
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    /// Reads something on the FX thread (a test's lookups and properties belong there).
    static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(read).get();
    }

    /// Waits until `condition`, checked on the FX thread, holds. Checked from the test's thread, a lookup walks
    /// the scene graph while the FX thread changes it: `Parent.lookupAll` failed with an
    /// IndexOutOfBoundsException in a CI run of RolePermissionsUiTest's sign-in.
    static void waitOnFx(long seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
    }

    /// The showing dialog whose title starts with `titleStart`, or null.
    static Stage dialog(String titleStart) {
        return javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage st && st.isShowing()
                && st.getTitle() != null && st.getTitle().startsWith(titleStart)).map(w -> (Stage) w).findFirst()
                .orElse(null);
    }

    /// The View of a screen mounted in the shown window (its root carries it, see `ViewLoader`).
    static <V> V view(FxRobot robot, Class<V> viewClass) throws Exception {
        return onFx(() -> viewClass.cast(robot.lookup(n -> viewClass.isInstance(n.getUserData())).query()
                .getUserData()));
    }

    /// Opens the workspace whose navigation entry reads `name`. The query is scoped to the navigation (a text
    /// query over every window can meet the sign-in screen's nodes while they are being detached, and TestFX
    /// then fails on their null scene), and waits for the entry's cell: a new shell draws its cells a pulse or
    /// more after it is shown, seconds on a loaded machine.
    static void openWorkspace(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#navigation").tryQuery()
                .flatMap(nav -> robot.from(nav).lookup(name).tryQuery()).isPresent());
        robot.clickOn(robot.from(robot.lookup("#navigation").queryAs(javafx.scene.Node.class)).lookup(name)
                .queryAs(javafx.scene.Node.class));
    }

    /// Selects the tab whose header reads `text` (a plain text query would also meet a field label or a
    /// title with the same words).
    static void clickTab(FxRobot robot, String text) {
        robot.clickOn(robot.lookup(".tab-label")
                .match((javafx.scene.Node n) -> n instanceof Label l && text.equals(l.getText())
                        && n.isVisible() && n.getScene() != null)
                .queryAs(javafx.scene.Node.class));
    }
}
