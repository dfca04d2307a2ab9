package com.trendythreads.opsdesk.app;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Uncaught exceptions, on any thread: logged with the stack trace, shown as a readable dialog (one at a
/// time, so a failure in a loop cannot bury the window), and the app keeps running.
public final class CrashHandler implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CrashHandler.class);

    private final I18n i18n;
    private final Path logDir;
    private final AtomicBoolean showing = new AtomicBoolean();

    public CrashHandler(I18n i18n, Path logDir) {
        this.i18n = i18n;
        this.logDir = logDir;
    }

    /// For every thread, and for the FX thread (which has its own handler slot); call on the FX thread.
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        LOG.error("Uncaught exception on thread {}", thread.getName(), e);
        try {
            Platform.runLater(this::show);
        } catch (IllegalStateException toolkitGone) {
            // The FX toolkit is not running (shutdown): the log has it.
        }
    }

    private void show() {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.setTitle(i18n.get("error.title"));
        alert.setHeaderText(i18n.get("error.header"));
        Label text = new Label(i18n.get("error.details", logDir));
        text.setWrapText(true);
        text.setMaxWidth(480);
        alert.getDialogPane().setContent(text);
        alert.setOnHidden(ev -> showing.set(false));
        alert.show();
    }
}
