package com.trendythreads.opsdesk.viewmodels.common;

/// Runs a piece of work on the UI thread. The app hands it to `Platform.runLater`; tests run it
/// at once on the calling thread ([#direct()]). ViewModels never call `Platform.runLater` themselves.
@FunctionalInterface
public interface UiDispatcher {

    void dispatch(Runnable work);

    /// Runs the work immediately on the calling thread (tests, tools).
    static UiDispatcher direct() {
        return Runnable::run;
    }
}
