package com.trendythreads.opsdesk.views.catalog.jobs;

import com.trendythreads.opsdesk.viewmodels.catalog.jobs.BulkStepUp;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Pane;

/// The password row above Apply in the bulk-change and import screens, bound to their [BulkStepUp]: one binding
/// for both, as the policy they enforce is one.
public final class StepUpRow {

    private StepUpRow() {
    }

    public static void bind(BulkStepUp stepUp, Pane row, Label hint, PasswordField password, Label error) {
        // still shown after a refusal, so the platform's answer stays in sight
        row.visibleProperty().bind(stepUp.neededProperty().or(stepUp.errorProperty().isNotEmpty()));
        row.managedProperty().bind(row.visibleProperty());
        hint.textProperty().bind(stepUp.hintProperty());
        password.textProperty().bindBidirectional(stepUp.passwordProperty());
        password.disableProperty().bind(stepUp.busyProperty());
        error.textProperty().bind(stepUp.errorProperty());
    }
}
