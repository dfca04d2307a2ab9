package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// The first demo start with an empty home, frame by frame: the platform seeds, the user (picked at once,
/// as the start-up benchmark does) signs in the moment the button allows it, the shell opens and the first
/// sync runs. Every frame until that sync is over shows a progress indicator with words beside it, or is the
/// shell after it; nothing sits still without saying why.
@ExtendWith(ApplicationExtension.class)
class FirstStartProgressUiTest {

    @TempDir
    static Path tmp;

    /// What one rendered frame showed.
    record Frame(boolean shell, String progress) {
    }

    private final List<Frame> frames = new CopyOnWriteArrayList<>();
    private final CountDownLatch synced = new CountDownLatch(1);
    private UiDesk desk;
    private StartupReport report;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // Before the window exists: its very first frame is recorded.
        stage.sceneProperty().addListener((o, a, scene) -> scene.addPostLayoutPulseListener(() -> record(scene)));
        // The report the benchmark's child writes; it also presses Sign in the moment the button allows it.
        report = new StartupReport(tmp.resolve("startup.report"), "ada.admin");
        desk = UiDesk.demo(stage, tmp, injector ->
                report.follow(stage, injector.getInstance(SessionState.class), synced::countDown));
    }

    @Stop
    void stop() {
        report.close();
        desk.close();
    }

    private void record(Scene scene) {
        frames.add(new Frame(scene.lookup("#navigation") != null,
                StartupReport.progressLabel(scene.getRoot()).orElse(null)));
    }

    @Test
    void everyFrameOfAFirstStartSaysWhatItIsWaitingFor(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> frames.stream()
                .anyMatch(f -> f.progress() != null && f.progress().contains(" of 13)")));
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "first-start-progress")).get();

        assertThat(synced.await(90, TimeUnit.SECONDS)).as("signed in, shell shown, first sync done").isTrue();
        WaitForAsyncUtils.waitForFxEvents();

        // A copy: frames keep coming while the assertions run, and a view of the live list would throw then.
        List<Frame> seen = List.copyOf(frames);
        int firstShell = indexOfFirstShellFrame(seen);
        assertThat(firstShell).as("the shell opened").isPositive();
        List<Frame> beforeShell = seen.subList(0, firstShell);
        assertThat(beforeShell).as("every frame before the shell has a progress indicator with words")
                .allSatisfy(f -> assertThat(f.progress()).isNotBlank());
        // Steps reach the FX thread faster than pulses come (TINY's catalog and counters take milliseconds), so
        // which of them got a frame of their own varies, and on a busy machine one step may be the only one
        // drawn (the platform starts seeding before the window's first frame). That every step reaches the
        // sign-in screen is SignInViewModelTest's. Here: the frames name steps, and the numbers only go up.
        List<Integer> steps = beforeShell.stream().map(Frame::progress)
                .map(java.util.regex.Pattern.compile("Preparing the demo data: [a-z ,]+ \\((\\d+) of 13\\)")::matcher)
                .filter(java.util.regex.Matcher::matches).map(m -> Integer.parseInt(m.group(1))).toList();
        assertThat(steps).as("seeding steps shown").isNotEmpty().isSorted();
        assertThat(beforeShell).extracting(Frame::progress)
                .anySatisfy(p -> assertThat(p).isEqualTo("Signing in and opening your local data…"));
        assertThat(seen.get(firstShell).progress()).as("the shell's first frame shows the first sync")
                .startsWith("Initial sync");
        // Once synced, the bar goes and the status bar says when.
        assertThat(robot.lookup("#lastSync").queryAs(Label.class).getText()).startsWith("Last sync");
        List<String> events = Files.readAllLines(tmp.resolve("startup.report")).stream()
                .map(l -> l.split(" ")[0]).filter(e -> !e.equals("sample")).toList();
        assertThat(events).containsSubsequence("jvmStart", "fxStart", "shown", "submit", "shellShown", "synced",
                "done");
    }

    private static int indexOfFirstShellFrame(List<Frame> frames) {
        for (int i = 0; i < frames.size(); i++) {
            if (frames.get(i).shell()) {
                return i;
            }
        }
        return -1;
    }
}
