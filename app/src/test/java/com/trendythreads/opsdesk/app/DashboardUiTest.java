package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provides;
import com.google.inject.util.Modules;
import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.viewmodels.common.Appearance;
import com.trendythreads.opsdesk.viewmodels.common.DesktopActions;
import com.trendythreads.opsdesk.viewmodels.common.Theme;
import com.trendythreads.opsdesk.viewmodels.dashboard.KpiSources;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// The Dashboards workspace through the real window, signed in as Mona Manager against the TINY demo platform.
@ExtendWith(ApplicationExtension.class)
class DashboardUiTest {

    @TempDir
    static Path tmp;

    private DemoPlatform platform;
    private Injector injector;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        platform = DemoPlatform.start(PlatformConfig.builder().database(new Database.Location.H2File(tmp.resolve("platform")))
                .scale(Scale.TINY).passwordIterations(1_000).build());
        AppConfig config = TestApp.config(tmp.resolve("home"), Optional.of(platform.baseUrl()));
        DesktopActions desktop = new DesktopActions() {
            @Override
            public Path logDirectory() {
                return config.logDir();
            }

            @Override
            public void openFolder(Path folder) {
            }
        };
        injector = Guice.createInjector(Modules.override(new AppModule(config, desktop), new ViewModelsModule(),
                new ViewsModule()).with(new AbstractModule() {
                    @Provides
                    @Singleton
                    KpiSources sources(SessionState sessions) {
                        return new KpiSources(sessions, s -> List.of(new StandInKpis()),
                                s -> new com.trendythreads.opsdesk.viewmodels.dashboard.DashboardChoices(
                                        s.data().reference().locations(), s.data().reference().categories()));
                    }
                }));
        new MainWindow(injector, stage).show();
        stage.setWidth(1440);
        stage.setHeight(900);
    }

    @Stop
    void stop() {
        OpsDesk.shutdown(injector);
        platform.close();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    private static String tileValue(FxRobot robot, Kpi kpi) {
        return robot.lookup("#kpi-value-" + kpi.name()).queryAs(Label.class).getText();
    }

    @Test
    void theTilesRenderOnTheSeededData(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mona.manager");
        robot.interact(() -> robot.lookup("#password").queryAs(PasswordField.class).clear());
        robot.clickOn("#password").write("demo");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#lastSync").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last sync")).orElse(false));
        robot.clickOn("Dashboards");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !"—".equals(tileValue(robot, Kpi.NET_SALES))));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "dashboard-overview")).get();
        robot.interact(() -> injector.getInstance(Appearance.class).themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "dashboard-overview-dark")).get();
        robot.interact(() -> injector.getInstance(Appearance.class).themeProperty().set(Theme.LIGHT));
        robot.clickOn("#kpi-NET_SALES");
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "dashboard-drilldown")).get();
        assertThat(tileValue(robot, Kpi.NET_SALES)).isNotEqualTo("—");
    }
}
