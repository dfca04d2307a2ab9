package com.trendythreads.opsdesk.views.catalog.jobs;

import com.trendythreads.opsdesk.viewmodels.catalog.jobs.JobControl;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;

/// Binds the job row of the bulk change and import screens: progress bar and cancel while it runs, what
/// it did, "Undo this change", and after an undo the fields it left alone.
public final class JobPanel {

    private JobPanel() {
    }

    public static void bind(JobControl job, ProgressBar progress, Button cancel, Label message, Button undo,
            ListView<String> kept) {
        progress.progressProperty().bind(job.progressProperty());
        progress.visibleProperty().bind(job.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.visibleProperty().bind(job.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> job.cancel().execute());
        message.textProperty().bind(job.messageProperty());
        undo.visibleProperty().bind(job.undo().executableProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> job.undo().execute());
        kept.setItems(job.kept());
        kept.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(job.kept()));
        kept.managedProperty().bind(kept.visibleProperty());
    }
}
