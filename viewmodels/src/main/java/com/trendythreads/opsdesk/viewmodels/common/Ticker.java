package com.trendythreads.opsdesk.viewmodels.common;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/// A periodic callback on the UI thread, for rules that depend on the passing of time (the idle lock).
/// The app's ticker runs a virtual thread per registration and hands each tick to the [UiDispatcher];
/// [#manual()] never ticks by itself: a test calls [#tick()] after moving its clock, with no sleeping.
public final class Ticker {

    private final UiDispatcher ui;
    private final List<Runnable> manual;

    @Inject
    public Ticker(UiDispatcher ui) {
        this.ui = Objects.requireNonNull(ui);
        this.manual = null;
    }

    private Ticker() {
        this.ui = null;
        this.manual = new ArrayList<>();
    }

    /// A ticker for tests: ticks only when [#tick()] is called.
    public static Ticker manual() {
        return new Ticker();
    }

    /// Runs `onUi` every `period` on the UI thread until the returned handle is closed.
    public AutoCloseable every(Duration period, Runnable onUi) {
        if (manual != null) {
            manual.add(onUi);
            return () -> manual.remove(onUi);
        }
        Thread t = Thread.ofVirtual().name("ticker").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(period);
                } catch (InterruptedException e) {
                    return;
                }
                ui.dispatch(onUi);
            }
        });
        return t::interrupt;
    }

    /// A manual ticker's tick: runs every registered callback once (on the caller's thread).
    public void tick() {
        if (manual == null) {
            throw new IllegalStateException("Only a manual ticker ticks on request");
        }
        List.copyOf(manual).forEach(Runnable::run);
    }
}
