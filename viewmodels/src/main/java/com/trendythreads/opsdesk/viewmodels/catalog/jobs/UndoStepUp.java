package com.trendythreads.opsdesk.viewmodels.catalog.jobs;

import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/// Lane security (issue 10) for undos. Undoing a job puts its before-values back with the same product
/// updates as a bulk change, so an undo that restores the prices of the contract's `x-bulk-step-up`
/// threshold of products or more is a bulk price change: it asks for the password through [BulkStepUp]
/// (worded for an undo). Smaller undos, and undos of fields other than prices, go ahead at once.
///
/// [#request] counts the job's priced products (its items are read from the cache, so off the UI thread)
/// and then either undoes or waits: [#confirm] has the platform check the typed password and then undoes,
/// [#cancel] drops the request. Until the platform has accepted the password nothing is undone or queued.
public final class UndoStepUp {

    private final CatalogJobs jobs;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Notifier notifier;
    private final BulkStepUp stepUp;
    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper counting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Command confirm;
    private final Command cancel;
    private Runnable undo;

    /// @param engine the session's sync engine (its signed-in client), or null without a platform
    public UndoStepUp(CatalogJobs jobs, SyncEngine engine, TaskRunner runner, I18n i18n, Notifier notifier) {
        this.jobs = jobs;
        this.runner = runner;
        this.i18n = i18n;
        this.notifier = notifier;
        this.stepUp = new BulkStepUp(engine, runner, i18n, "jobs.undo.stepUp");
        busy.bind(counting.or(stepUp.busyProperty()));
        confirm = Command.of(this::confirmNow, Bindings.createBooleanBinding(() -> waiting.get() && stepUp.ready(),
                waiting, stepUp.passwordProperty(), stepUp.busyProperty(), stepUp.neededProperty()));
        cancel = Command.of(this::clear, waiting.and(stepUp.busyProperty().not()));
    }

    /// Runs `undoJob` (on the UI thread) at once when undoing job `jobId` changes the prices of fewer
    /// products than the threshold; otherwise waits for the password. A request replaces one still waiting.
    public void request(long jobId, Runnable undoJob) {
        if (busy.get()) {
            return;
        }
        clear();
        BackgroundTask.of(() -> BulkStepUp.pricedProducts(jobs.items(jobId)))
                .onStart(() -> counting.set(true))
                .onSuccess(products -> {
                    stepUp.consider(true, products);
                    if (stepUp.neededProperty().get()) {
                        undo = undoJob;
                        waiting.set(true);
                    } else {
                        undoJob.run();
                    }
                })
                .onFailure(e -> notifier.error(i18n.get("jobs.failed"), String.valueOf(e.getMessage())))
                .onFinished(() -> counting.set(false))
                .runWith(runner);
    }

    private void confirmNow() {
        stepUp.verify(() -> {
            Runnable accepted = undo;
            clear();
            accepted.run();
        });
    }

    private void clear() {
        undo = null;
        waiting.set(false);
        stepUp.consider(false, 0);
    }

    /// The hint ("This undo changes the prices of 60 products (50 or more): …"), the password and the
    /// platform's answer when it refused.
    public BulkStepUp stepUp() {
        return stepUp;
    }

    /// An undo waits for the password (the prompt is shown).
    public ReadOnlyBooleanProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /// Counting the job's prices or checking the password: no other undo may start.
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// Checks the typed password with the platform, then undoes.
    public Command confirm() {
        return confirm;
    }

    /// Undoes nothing and forgets the typed password.
    public Command cancel() {
        return cancel;
    }
}
