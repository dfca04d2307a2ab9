package com.trendythreads.opsdesk.viewmodels.catalog.jobs;

import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The part of the bulk change and import screens that runs their job: in the background with a
/// progress bar and a cancel, then "Undo this change", and after an undo the fields it kept because
/// someone changed them since. Progress arrives from the job's thread through the UI dispatcher. An undo that
/// puts back the prices of many products asks for the password first ([UndoStepUp]), as from "Recent changes".
public final class JobControl {

    private final CatalogJobs jobs;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Notifier notifier;
    private final FieldText text;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CatalogJobs.Job> job = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> kept = FXCollections.observableArrayList();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final Command cancel;
    private final Command undo;
    private final UndoStepUp stepUp;

    /// @param engine the session's sync engine (its signed-in client), or null without a platform
    public JobControl(CatalogJobs jobs, SyncEngine engine, TaskRunner runner, I18n i18n, Notifier notifier) {
        this.jobs = jobs;
        this.runner = runner;
        this.i18n = i18n;
        this.notifier = notifier;
        this.text = new FieldText(i18n);
        this.stepUp = new UndoStepUp(jobs, engine, runner, i18n, notifier);
        cancel = Command.of(() -> cancelRequested.set(true), running);
        undo = Command.of(this::undoLast, Bindings.createBooleanBinding(
                () -> !running.get() && !stepUp.busyProperty().get() && job.get() != null && job.get().undoable(),
                running, stepUp.busyProperty(), job));
    }

    /// Runs `plan` as one job; `done` gets the finished job on the UI thread.
    public void start(CatalogJobs.Kind kind, String description, List<CatalogJobs.ProductEdit> plan,
            Consumer<CatalogJobs.Job> done) {
        if (running.get()) {
            return;
        }
        cancelRequested.set(false);
        kept.clear();
        BackgroundTask.of(() -> jobs.run(kind, description, plan, this::progressed, cancelRequested::get))
                .onStart(() -> begin(i18n.get("jobs.running", plan.size())))
                .onSuccess(o -> {
                    job.set(o.job());
                    message.set(summary(o.job()));
                    done.accept(o.job());
                })
                .onFailure(e -> notifier.error(i18n.get("jobs.failed"), String.valueOf(e.getMessage())))
                .onFinished(() -> running.set(false))
                .runWith(runner);
    }

    private void undoLast() {
        CatalogJobs.Job original = job.get();
        stepUp.request(original.id(), () -> undoNow(original));
    }

    private void undoNow(CatalogJobs.Job original) {
        cancelRequested.set(false);
        BackgroundTask.of(() -> {
                    CatalogJobs.Outcome o = jobs.undo(original.id(), i18n.get("jobs.undoOf", original.description()),
                            this::progressed, cancelRequested::get);
                    return new Undone(o, jobs.job(original.id()).orElse(original));
                })
                .onStart(() -> begin(i18n.get("jobs.undoing")))
                .onSuccess(u -> {
                    job.set(u.original());
                    kept.setAll(u.outcome().kept().stream().map(k -> i18n.get("jobs.kept", k.title(),
                            text.label(k.field()) + skuSuffix(k.field()), text.value(k.field(), k.current()),
                            text.value(k.field(), k.expected()))).toList());
                    message.set(i18n.get("jobs.undone", u.outcome().job().changedFields(),
                            u.outcome().job().changedProducts(), u.outcome().job().keptFields()));
                })
                .onFailure(e -> notifier.error(i18n.get("jobs.failed"), String.valueOf(e.getMessage())))
                .onFinished(() -> running.set(false))
                .runWith(runner);
    }

    private record Undone(CatalogJobs.Outcome outcome, CatalogJobs.Job original) {
    }

    static String skuSuffix(String field) {
        return com.trendythreads.opsdesk.cache.catalog.ProductFields.skuOf(field).map(s -> " (" + s + ")").orElse("");
    }

    private void begin(String what) {
        running.set(true);
        progress.set(0);
        message.set(what);
    }

    private void progressed(int done, int total) {
        runner.ui().dispatch(() -> progress.set(total == 0 ? 1 : (double) done / total));
    }

    private String summary(CatalogJobs.Job j) {
        String key = switch (j.state()) {
            case CANCELLED -> "jobs.summary.cancelled";
            default -> "jobs.summary.done";
        };
        return i18n.get(key, j.changedFields(), j.changedProducts(), j.doneProducts(), j.totalProducts(),
                j.keptFields());
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /// What the job is doing or did, in words.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// The job run here last (updated after an undo: then it is undone).
    public ReadOnlyObjectProperty<CatalogJobs.Job> jobProperty() {
        return job.getReadOnlyProperty();
    }

    /// After an undo: the fields it did not overwrite, one line each, by product.
    public ObservableList<String> kept() {
        return kept;
    }

    public Command cancel() {
        return cancel;
    }

    public Command undo() {
        return undo;
    }

    /// The password step of an undo that puts back many prices: its prompt, confirm and cancel.
    public UndoStepUp undoStepUp() {
        return stepUp;
    }
}
