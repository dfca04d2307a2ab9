package com.trendythreads.opsdesk.viewmodels.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {

    @Test
    void workRunsOnTheExecutorAndCallbacksThroughTheDispatcher() {
        List<String> log = new ArrayList<>();
        List<Runnable> queuedWork = new ArrayList<>();
        Executor executor = queuedWork::add;
        UiDispatcher ui = r -> {
            log.add("ui");
            r.run();
        };
        TaskRunner runner = new TaskRunner(executor, ui);

        BackgroundTask.of(() -> "result")
                .onStart(() -> log.add("start"))
                .onSuccess(r -> log.add("success " + r))
                .onFinished(() -> log.add("finished"))
                .runWith(runner);
        assertThat(log).containsExactly("ui", "start");

        queuedWork.getFirst().run();
        assertThat(log).containsExactly("ui", "start", "ui", "success result", "finished");
    }

    @Test
    void aFailureReachesOnFailureNotOnSuccess() {
        List<String> log = new ArrayList<>();
        BackgroundTask.of(() -> {
                    throw new IllegalStateException("boom");
                })
                .onSuccess(r -> log.add("success"))
                .onFailure(e -> log.add("failure " + e.getMessage()))
                .onFinished(() -> log.add("finished"))
                .runWith(TaskRunner.direct());
        assertThat(log).containsExactly("failure boom", "finished");
    }

    @Test
    void aCommandRunsOnlyWhileExecutable() {
        SimpleBooleanProperty ok = new SimpleBooleanProperty(false);
        int[] runs = {0};
        Command c = Command.of(() -> runs[0]++, ok);
        c.execute();
        assertThat(runs[0]).isZero();
        assertThat(c.isExecutable()).isFalse();
        ok.set(true);
        c.execute();
        assertThat(runs[0]).isEqualTo(1);
        assertThat(c.executableProperty().get()).isTrue();
    }
}
