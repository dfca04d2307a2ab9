package com.trendythreads.opsdesk.viewmodels.common;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A screen's background (re)load that never runs twice at once and never drops a request: asked while
/// a load runs, it runs once more when that one ends, so what is shown always ends on the latest state
/// (the data can change while the previous load reads). Many requests during one load cost one reload.
public final class CoalescingLoad<T> {

    private static final Logger LOG = LoggerFactory.getLogger(CoalescingLoad.class);

    private final TaskRunner runner;
    private final Callable<T> load;
    private final Consumer<? super T> show;
    private final String what;
    private final AtomicBoolean loading = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    /// @param load runs in the background
    /// @param show runs on the UI thread with the result
    /// @param what names the load in the log when it fails ("the outbox")
    public CoalescingLoad(TaskRunner runner, Callable<T> load, Consumer<? super T> show, String what) {
        this.runner = runner;
        this.load = load;
        this.show = show;
        this.what = what;
    }

    public void run() {
        if (!loading.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        BackgroundTask.of(load)
                .onSuccess(show)
                .onFailure(e -> LOG.warn("Loading {} failed", what, e))
                .onFinished(() -> {
                    loading.set(false);
                    if (again.getAndSet(false)) {
                        run();
                    }
                })
                .runWith(runner);
    }
}
