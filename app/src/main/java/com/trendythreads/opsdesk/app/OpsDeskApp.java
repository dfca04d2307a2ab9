package com.trendythreads.opsdesk.app;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The JavaFX application: builds the injector, installs the crash handler, shows the main window.
public final class OpsDeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(OpsDeskApp.class);

    private Injector injector;

    @Override
    public void start(Stage stage) {
        // first, so that its fxStart is this call's time, before the injector is built
        Optional<StartupReport> startupReport = StartupReport.fromSystemProperties();
        AppConfig config = AppConfig.fromSystemProperties();
        LOG.info("Ops Desk starting; {}; data in {}, logs in {}",
                config.platformUrl().map(u -> "platform " + u).orElse("demo mode"), config.dataDir(), config.logDir());
        injector = OpsDesk.injector(config, new FxDesktopActions(getHostServices(), config.logDir()));
        OpsDesk.startDemoPlatform(injector);
        new CrashHandler(injector.getInstance(I18n.class), config.logDir()).install();
        startupReport.ifPresent(r -> r.follow(stage, injector.getInstance(SessionState.class), Platform::exit));
        new MainWindow(injector, stage).show();
    }

    @Override
    public void stop() {
        if (injector != null) {
            OpsDesk.shutdown(injector);
        }
        LOG.info("Ops Desk stopped");
    }
}
