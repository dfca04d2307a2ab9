package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import java.io.IOException;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/// The app's log configuration masks customer contact data and tokens in every line, stack traces included,
/// so neither a log file nor a crash report (the log entry CrashHandler writes) holds them.
class LogPrivacyTest {

    static final String TOKEN = "q2Vb3Kx9_LmN0pQrStUvWxYz1234567890abcdEFGHi";
    static final String REFRESH = "Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp_Oo-NnMmLlK";

    @TempDir
    Path logs;

    @Test
    void aLogLineHasNoFullEmailOrPhone() {
        try (ProductionLogging log = ProductionLogging.to(logs)) {
            LoggerFactory.getLogger("com.trendythreads.opsdesk.test").info(
                    "Customer cus-1 changed e-mail to jana.kunde@example.com and phone to +49 151 7654321");
            String written = log.written();
            assertThat(written).contains("Customer cus-1 changed e-mail to j***@example.com and phone to +*** **21")
                    .doesNotContain("jana.kunde@", "7654321");
        }
    }

    @Test
    void aCrashReportHasNoTokens() {
        IOException cause = new IOException("refresh failed: {\"accessToken\":\"" + TOKEN + "\",\"refreshToken\":\""
                + REFRESH + "\"}");
        IllegalStateException crash = new IllegalStateException(
                "GET /v1/customers/cus-1 with Authorization: Bearer " + TOKEN + " for jana@example.com", cause);
        try (ProductionLogging log = ProductionLogging.to(logs)) {
            new CrashHandler(new I18n(new InMemorySettingsStore()), logs).uncaughtException(Thread.currentThread(),
                    crash);
            closeCrashDialog();
            String written = log.written();
            assertThat(written).contains("Uncaught exception on thread", "IllegalStateException", "Bearer ***",
                    "Caused by: java.io.IOException", "at com.trendythreads.opsdesk.app.LogPrivacyTest")
                    .doesNotContain(TOKEN, REFRESH, "jana@example.com");
        }
    }

    /// When an earlier UI test left the toolkit running, the handler also showed its dialog: close it.
    private static void closeCrashDialog() {
        try {
            Platform.runLater(() -> Window.getWindows().stream()
                    .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                    .toList().forEach(Window::hide));
        } catch (IllegalStateException toolkitNotRunning) {
            // no dialog was shown
        }
    }
}
