package com.trendythreads.opsdesk.viewmodels.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One piece of background work and what to do with its outcome on the UI thread.
///
/// ```java
/// BackgroundTask.of(() -> repo.load(q))
///         .onSuccess(this::show)
///         .onFailure(this::fail)
///         .runWith(runner);
/// ```
///
/// `onStart` and `onFinished` run on the UI thread before and after the work (for a busy flag).
public final class BackgroundTask<T> {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    private final Callable<T> work;
    private Runnable onStart = () -> { };
    private Consumer<? super T> onSuccess = r -> { };
    private Consumer<? super Throwable> onFailure = e -> LOG.error("Background task failed", e);
    private Runnable onFinished = () -> { };

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    public static BackgroundTask<Void> ofRunnable(Runnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onStart(Runnable r) {
        this.onStart = Objects.requireNonNull(r);
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> c) {
        this.onSuccess = Objects.requireNonNull(c);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<? super Throwable> c) {
        this.onFailure = Objects.requireNonNull(c);
        return this;
    }

    public BackgroundTask<T> onFinished(Runnable r) {
        this.onFinished = Objects.requireNonNull(r);
        return this;
    }

    public void runWith(TaskRunner runner) {
        runner.run(this);
    }

    Callable<T> work() {
        return work;
    }

    void started() {
        onStart.run();
    }

    void succeeded(T result) {
        try {
            onSuccess.accept(result);
        } finally {
            onFinished.run();
        }
    }

    void failed(Throwable e) {
        try {
            onFailure.accept(e);
        } finally {
            onFinished.run();
        }
    }
}
