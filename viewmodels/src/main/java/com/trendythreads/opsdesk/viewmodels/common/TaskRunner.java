package com.trendythreads.opsdesk.viewmodels.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Runs [BackgroundTask]s: the work on the injected executor (virtual threads in the app), every
/// callback through the injected [UiDispatcher] (the FX thread in the app).
///
/// [#direct()] is the synchronous twin for tests: work and callbacks run on the caller's thread,
/// so a ViewModel test is a plain JUnit test with no toolkit and no waiting.
public final class TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Executor executor;
    private final UiDispatcher ui;

    public TaskRunner(Executor executor, UiDispatcher ui) {
        this.executor = Objects.requireNonNull(executor, "executor");
        this.ui = Objects.requireNonNull(ui, "ui");
    }

    /// Everything on the calling thread.
    public static TaskRunner direct() {
        return new TaskRunner(Runnable::run, UiDispatcher.direct());
    }

    /// The dispatcher, for listeners on long-lived services that publish from their own threads.
    public UiDispatcher ui() {
        return ui;
    }

    <T> void run(BackgroundTask<T> task) {
        ui.dispatch(task::started);
        executor.execute(() -> {
            T result;
            try {
                result = task.work().call();
            } catch (Throwable e) {
                if (e instanceof Error err && !(e instanceof AssertionError)) {
                    LOG.error("Background task failed with an error", err);
                }
                ui.dispatch(() -> task.failed(e));
                return;
            }
            ui.dispatch(() -> task.succeeded(result));
        });
    }
}
