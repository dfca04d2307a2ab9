package com.trendythreads.opsdesk.app;

import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.signin.DemoUserItem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import javafx.util.Duration;

/// The start-up benchmark's hook (benchmarks' `StartupScenario`), off unless `-Dopsdesk.startupReport=FILE`
/// is set. It appends `<event> <epoch ms> [detail]` lines to FILE, measured in this JVM so that the parent's
/// process start-up is not counted twice:
///
/// - `jvmStart` (the JVM's own start time), `fxStart` ([javafx.application.Application#start]),
///   `shown` (the first pulse after the window was shown: its first frame), `shellShown` (the first pulse
///   with the shell as the window's content), `synced` (the session's pull finished), `done`; all but the
///   first and the last with `cpu=<ms>`, the CPU time of the JVM's threads until then;
/// - every 100 ms on the FX thread, `sample <ms> shell|signIn <label of a visible progress indicator or ->`.
///
/// With `-Dopsdesk.startupReport.signInAs=USER` (demo mode) it picks that demo user on the sign-in screen and
/// presses Sign in as soon as the button is enabled (`submit`), as a user who does not type would; once the
/// shell is shown and the data synced, the app exits. A bare JavaFX window (the benchmark's baseline) uses
/// [#firstFrame] for the same `shown`.
public final class StartupReport {

    public static final String FILE_PROPERTY = "opsdesk.startupReport";
    public static final String SIGN_IN_AS_PROPERTY = "opsdesk.startupReport.signInAs";

    private final Writer out;
    private final String signInAs;
    private long submitAt = -1;
    private boolean shellShown;
    private boolean shellFrame;
    private boolean finished;
    private boolean closed;
    private Runnable whenDone = () -> { };
    private Timeline sampler;

    StartupReport(Path file, String signInAs) {
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.signInAs = signInAs;
        event("jvmStart", ManagementFactory.getRuntimeMXBean().getStartTime(), "");
        milestone("fxStart");
    }

    /// The report the system properties ask for, or empty (the normal case).
    public static Optional<StartupReport> fromSystemProperties() {
        String file = System.getProperty(FILE_PROPERTY, "").trim();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StartupReport(Path.of(file), System.getProperty(SIGN_IN_AS_PROPERTY, "").trim()));
    }

    /// Records `shown` for a bare window (no sign-in, no shell) and then runs `then` on the FX thread.
    public void shown(Stage stage, Runnable then) {
        firstFrame(stage, () -> {
            milestone("shown");
            then.run();
        });
    }

    /// Calls `action` on the FX thread at the first pulse after `stage` is shown with a scene (call before
    /// `show()`, or before the scene is set on a stage that already shows).
    public static void firstFrame(Stage stage, Runnable action) {
        boolean[] ran = {false};
        Runnable once = () -> {
            if (!ran[0]) {
                ran[0] = true;
                action.run();
            }
        };
        stage.showingProperty().addListener((o, a, showing) -> {
            if (showing && stage.getScene() != null) {
                onNextPulse(stage.getScene(), once);
            }
        });
        stage.sceneProperty().addListener((o, a, scene) -> {
            if (stage.isShowing() && scene != null) {
                onNextPulse(scene, once);
            }
        });
    }

    /// Follows the app's window: its first frame, the sign-in, the shell, the sync; samples what it shows.
    /// After a sign-in it started, `whenDone` runs once the shell is shown and the data synced.
    void follow(Stage stage, SessionState sessions, Runnable whenDone) {
        this.whenDone = whenDone;
        firstFrame(stage, () -> {
            milestone("shown");
            if (!signInAs.isEmpty()) {
                signIn(stage.getScene());
            }
        });
        stage.sceneProperty().addListener((o, a, scene) -> watchRoot(scene, sessions));
        if (stage.getScene() != null) {
            watchRoot(stage.getScene(), sessions);
        }
        Timeline sampler = new Timeline(new KeyFrame(Duration.millis(100), e -> sample(stage.getScene(), sessions)));
        sampler.setCycleCount(Timeline.INDEFINITE);
        sampler.play();
        this.sampler = sampler;
    }

    private void watchRoot(Scene scene, SessionState sessions) {
        if (scene == null) {
            return;
        }
        scene.rootProperty().addListener((o, a, root) -> {
            if (!shellShown && sessions.current() != null) {
                shellShown = true;
                onNextPulse(scene, () -> {
                    milestone("shellShown");
                    shellFrame = true;
                });
            }
        });
    }

    private void signIn(Scene scene) {
        if (!(scene.lookup("#demoUsers") instanceof ListView<?> users)
                || !(scene.lookup("#signIn") instanceof Button button)) {
            event("error", System.currentTimeMillis(), "no demo sign-in screen");
            return;
        }
        users.getItems().stream().filter(u -> u instanceof DemoUserItem d && d.username().equals(signInAs))
                .findFirst().ifPresentOrElse(u -> select(users, u),
                        () -> event("error", System.currentTimeMillis(), "no demo user " + signInAs));
        whenTrue(() -> !button.isDisabled(), button.disabledProperty(), () -> {
            submitAt = System.currentTimeMillis();
            event("submit", submitAt, cpu());
            button.fire();
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> void select(ListView<T> list, Object item) {
        list.getSelectionModel().select((T) item);
    }

    private static void whenTrue(BooleanSupplier now, javafx.beans.value.ObservableValue<?> changes, Runnable run) {
        if (now.getAsBoolean()) {
            run.run();
            return;
        }
        changes.addListener(new javafx.beans.value.ChangeListener<Object>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> o, Object a, Object b) {
                if (now.getAsBoolean()) {
                    changes.removeListener(this);
                    run.run();
                }
            }
        });
    }

    private void sample(Scene scene, SessionState sessions) {
        if (finished || scene == null) {
            return;
        }
        long now = System.currentTimeMillis();
        UserSession s = sessions.current();
        String where = shellShown ? "shell" : "signIn";
        event("sample", now, where + " " + progressLabel(scene.getRoot()).orElse("-"));
        if (shellFrame && s != null && submitAt > 0) {
            SyncStatus st = s.status().current();
            if (st.progress() == null && st.lastSync() != null && st.lastSync().toEpochMilli() >= submitAt) {
                finished = true;
                sampler.stop();
                event("synced", now, cpu());
                event("done", System.currentTimeMillis(), "");
                close();
                whenDone.run();
            }
        }
    }

    /// The text of a label right beside a visible progress indicator (bar or spinner) at least 8 px in size,
    /// if one shows: an indicator without words (a busy spinner next to a button) does not tell the user what
    /// is happening, and words without an indicator do not show that something is.
    public static Optional<String> progressLabel(Node node) {
        if (!node.isVisible()) {
            return Optional.empty();
        }
        // a layout can squeeze an indicator to nothing while its label still shows
        if (node instanceof ProgressIndicator p && p.getParent() != null && p.getWidth() >= 8 && p.getHeight() >= 8) {
            List<Node> siblings = p.getParent().getChildrenUnmodifiable();
            int i = siblings.indexOf(p);
            for (int j : new int[] {i + 1, i - 1}) {
                if (j >= 0 && j < siblings.size() && siblings.get(j) instanceof Label l && l.isVisible()
                        && l.getText() != null && !l.getText().isBlank()) {
                    return Optional.of(l.getText().replaceAll("\\s+", " "));
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<String> found = progressLabel(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static void onNextPulse(Scene scene, Runnable action) {
        Runnable[] self = new Runnable[1];
        boolean[] ran = {false};
        self[0] = () -> {
            if (!ran[0]) {
                ran[0] = true;
                action.run();
                // not while the scene walks its listeners
                Platform.runLater(() -> scene.removePostLayoutPulseListener(self[0]));
            }
        };
        scene.addPostLayoutPulseListener(self[0]);
        // A pulse runs only when something asks for one; the listener must not wait for the user.
        Platform.requestNextPulse();
    }

    /// `name epochMillis cpu=<ms>`: with the CPU time this JVM used so far (all its threads: JIT and GC too),
    /// which tells a phase's own work from its waiting for a machine that other processes keep busy.
    private void milestone(String name) {
        event(name, System.currentTimeMillis(), cpu());
    }

    private static String cpu() {
        return "cpu=" + ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class)
                .getProcessCpuTime() / 1_000_000;
    }

    /// Appends one `name epochMillis [detail]` line (a no-op once closed).
    public synchronized void event(String name, long epochMillis, String detail) {
        if (closed) {
            return;
        }
        try {
            out.write(name + " " + epochMillis + (detail.isEmpty() ? "" : " " + detail) + "\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
