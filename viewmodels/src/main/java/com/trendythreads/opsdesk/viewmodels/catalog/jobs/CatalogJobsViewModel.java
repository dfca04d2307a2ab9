package com.trendythreads.opsdesk.viewmodels.catalog.jobs;

import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.LiveSubscription;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// "Recent changes": the latest bulk changes, imports and undos with who, when, how far each got, and an
/// undo for each one not undone yet. A field someone changed since the job is kept, and listed. An undo that
/// puts back the prices of many products asks for the password first ([UndoStepUp]).
public final class CatalogJobsViewModel implements Activatable {

    static final int LIMIT = 50;

    private final CatalogJobs jobs;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Notifier notifier;
    private final FieldText text;
    private final ObservableList<JobItem> items = FXCollections.observableArrayList();
    private final ObservableList<String> kept = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper undoing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final UndoStepUp stepUp;
    private final LiveSubscription subscription = new LiveSubscription();
    private final CoalescingLoad<List<JobItem>> loader;

    @Inject
    public CatalogJobsViewModel(SessionState session, TaskRunner runner, I18n i18n, Notifier notifier) {
        this.jobs = session.current().data().jobs();
        this.runner = runner;
        this.i18n = i18n;
        this.notifier = notifier;
        this.text = new FieldText(i18n);
        this.stepUp = new UndoStepUp(jobs, session.current().engine().orElse(null), runner, i18n, notifier);
        busy.bind(undoing.or(stepUp.busyProperty()));
        this.loader = new CoalescingLoad<>(runner, () -> jobs.recent(LIMIT).stream().map(this::item).toList(),
                items::setAll, "the catalog jobs");
    }

    @Override
    public void activate() {
        subscription.open(() -> jobs.onChange(() -> runner.ui().dispatch(this::reload)));
        reload();
    }

    @Override
    public void deactivate() {
        subscription.close();
    }

    public void reload() {
        loader.run();
    }

    /// Undoes a whole job (a new job restores its before-values through the outbox). When that restores the
    /// prices of the contract's threshold of products or more, it waits for the password ([#stepUp()]).
    public void undo(JobItem item) {
        if (item == null || !item.undoable() || busy.get()) {
            return;
        }
        message.set("");
        stepUp.request(item.id(), () -> undoNow(item));
    }

    private void undoNow(JobItem item) {
        BackgroundTask.of(() -> jobs.undo(item.id(), i18n.get("jobs.undoOf", item.description()), (d, t) -> { },
                        () -> false))
                .onStart(() -> undoing.set(true))
                .onSuccess(o -> {
                    kept.setAll(o.kept().stream().map(k -> i18n.get("jobs.kept", k.title(),
                            text.label(k.field()) + JobControl.skuSuffix(k.field()), text.value(k.field(), k.current()),
                            text.value(k.field(), k.expected()))).toList());
                    message.set(i18n.get("jobs.undone", o.job().changedFields(), o.job().changedProducts(),
                            o.job().keptFields()));
                    reload();
                })
                .onFailure(e -> notifier.error(i18n.get("jobs.failed"), String.valueOf(e.getMessage())))
                .onFinished(() -> undoing.set(false))
                .runWith(runner);
    }

    private JobItem item(CatalogJobs.Job j) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        String detail = i18n.get("jobs.detail", j.username(), f.format(j.createdAt()), j.changedFields(),
                j.changedProducts(), j.keptFields());
        String state = j.undoneBy() != null ? i18n.get("jobs.state.undone")
                : j.state() == CatalogJobs.State.INTERRUPTED || j.state() == CatalogJobs.State.CANCELLED
                        ? i18n.get("jobs.state." + j.state().name().toLowerCase(Locale.ROOT), j.doneProducts(),
                                j.totalProducts())
                        : i18n.get("jobs.state." + j.state().name().toLowerCase(Locale.ROOT));
        return new JobItem(j.id(), j.description(), detail, state, j.undoable());
    }

    public ObservableList<JobItem> items() {
        return items;
    }

    /// After an undo: the fields it kept because they were changed since the job.
    public ObservableList<String> kept() {
        return kept;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /// The password step of an undo that restores many prices: its prompt, confirm and cancel.
    public UndoStepUp stepUp() {
        return stepUp;
    }

    List<JobItem> snapshot() {
        return List.copyOf(items);
    }
}
