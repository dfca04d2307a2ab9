package com.trendythreads.opsdesk.viewmodels.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// A screen's background (re)load that never runs twice at once and never drops a request: asked while
/// a load runs, it runs once more when that one ends, so what is shown always ends on the latest state
/// (the data can change while the previous load reads). Many requests during one load cost one reload.
public final class CoalescingLoad<T> {

    private static final Logger LOG = LoggerFactory.getLogger(CoalescingLoad.class);

    private final TaskRunner runner;
    private final Supplier<Callable<T>> prepare;
    private final Consumer<? super T> show;
    private final Consumer<Throwable> failed;
    private final boolean latestOnly;
    private final AtomicBoolean loading = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /// @param load runs in the background
    /// @param show runs on the UI thread with the result
    /// @param what names the load in the log when it fails ("the outbox")
    public CoalescingLoad(TaskRunner runner, Callable<T> load, Consumer<? super T> show, String what) {
        this(runner, () -> load, show, e -> LOG.warn("Loading {} failed", what, e), false);
    }

    private CoalescingLoad(TaskRunner runner, Supplier<Callable<T>> prepare, Consumer<? super T> show,
            Consumer<Throwable> failed, boolean latestOnly) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.prepare = Objects.requireNonNull(prepare, "prepare");
        this.show = Objects.requireNonNull(show, "show");
        this.failed = Objects.requireNonNull(failed, "failed");
        this.latestOnly = latestOnly;
    }

    /// A load whose inputs (filters, a selection) are read on the UI thread when each run starts: `prepare`
    /// captures them and returns the background work. A result that a newer request has overtaken is not
    /// shown, so a slow answer to an old filter never flashes up; `failed` tells the user (on the UI thread).
    public static <T> CoalescingLoad<T> latestOf(TaskRunner runner, Supplier<Callable<T>> prepare,
            Consumer<? super T> show, Consumer<Throwable> failed) {
        return new CoalescingLoad<>(runner, prepare, show, failed, true);
    }

    /// Call on the UI thread.
    public void run() {
        if (!loading.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        busy.set(true);
        BackgroundTask.of(prepare.get())
                .onSuccess(r -> {
                    if (!(latestOnly && again.get())) {
                        show.accept(r);
                    }
                })
                .onFailure(failed)
                .onFinished(() -> {
                    loading.set(false);
                    if (again.getAndSet(false)) {
                        run();
                    } else {
                        busy.set(false);
                    }
                })
                .runWith(runner);
    }

    /// True from a request until the last coalesced run has finished.
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
