package com.trendythreads.opsdesk.viewmodels.common;

/// How a ViewModel tells the user something that is not part of its screen's state: a short toast or
/// an error dialog. Implemented in the views; tests record the calls.
public interface Notifier {

    /// A short message that disappears by itself.
    void info(String message);

    /// A dialog with a readable explanation (never a stack trace).
    void error(String title, String message);

    /// Asks the user to confirm something that cannot be taken back (e.g. leaving unsaved changes);
    /// `onConfirm` runs on the UI thread only if they do. Without a way to ask, nothing is confirmed.
    default void confirm(String title, String message, String confirmLabel, Runnable onConfirm) {
    }
}
