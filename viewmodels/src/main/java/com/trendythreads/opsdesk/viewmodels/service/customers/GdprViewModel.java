package com.trendythreads.opsdesk.viewmodels.service.customers;

import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.cache.crm.GdprRequests;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The 360's privacy section: a GDPR data export and an erasure request, each for roles the contract allows
/// (x-roles SUPPORT, ADMIN) and each only after a confirmation that states its effect. Both need the
/// platform's answer: offline they change nothing and say so. A held erasure shows the platform's
/// explanation and the open orders it waits for; a completed one is followed by the change feed's `erase`,
/// which removes every local row about the customer (the sync is asked to catch up at once).
public final class GdprViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(GdprViewModel.class);

    /// What the section shows.
    public enum Step {
        /// The two buttons.
        IDLE,
        /// The export's warning (it holds personal data) and "Choose file and export".
        CONFIRM_EXPORT,
        /// The erasure's effect, its reason field and "Erase".
        CONFIRM_ERASE,
        /// Waiting for the platform.
        BUSY
    }

    /// How the last result reads.
    public enum Tone { NONE, SUCCESS, WARNING, DANGER }

    private final Supplier<GdprRequests> requests;
    private final BooleanSupplier online;
    private final Runnable catchUp;
    private final TaskRunner runner;
    private final I18n i18n;
    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.IDLE);
    private final ReadOnlyStringWrapper confirmText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NONE);
    private final StringProperty eraseReason = new SimpleStringProperty("");
    /// The password typed again for the step-up (lane access); cleared when a request starts or is cancelled.
    private final StringProperty stepUpPassword = new SimpleStringProperty("");
    private final ObservableList<String> heldOrders = FXCollections.observableArrayList();
    private final boolean mayExport;
    private final boolean mayErase;
    private final Command askExport;
    private final Command askErase;
    private final Command erase;
    private final Command confirmExport;
    private final Command cancel;

    /// @param online  whether the platform is reachable now (asked before each request, so offline answers at
    ///                once instead of after the client's retries)
    /// @param catchUp reads the change feed now, blocking (after a completed erasure, in the background)
    GdprViewModel(Supplier<GdprRequests> requests, BooleanSupplier online, Runnable catchUp, boolean mayExport,
            boolean mayErase, TaskRunner runner, I18n i18n) {
        this.requests = requests;
        this.online = online;
        this.catchUp = catchUp;
        this.mayExport = mayExport;
        this.mayErase = mayErase;
        this.runner = runner;
        this.i18n = i18n;
        customer.addListener((o, a, b) -> {
            if (a == null || b == null || !a.id().equals(b.id())) {
                reset();
            }
        });
        var idle = step.isEqualTo(Step.IDLE).and(customer.isNotNull());
        askExport = Command.of(this::askExport, mayExport ? idle : Bindings.createBooleanBinding(() -> false));
        askErase = Command.of(this::askErase, mayErase ? idle : Bindings.createBooleanBinding(() -> false));
        erase = Command.of(this::erase, step.isEqualTo(Step.CONFIRM_ERASE).and(eraseReason.isNotEmpty())
                .and(stepUpPassword.isNotEmpty()));
        confirmExport = Command.of(() -> { }, step.isEqualTo(Step.CONFIRM_EXPORT).and(stepUpPassword.isNotEmpty()));
        cancel = Command.of(() -> {
            stepUpPassword.set("");
            step.set(Step.IDLE);
        }, step.isNotEqualTo(Step.BUSY));
    }

    ObjectProperty<Customer> customerProperty() {
        return customer;
    }

    private void reset() {
        step.set(Step.IDLE);
        result.set("");
        tone.set(Tone.NONE);
        eraseReason.set("");
        stepUpPassword.set("");
        heldOrders.clear();
    }

    private String name() {
        Customer c = customer.get();
        return c.firstName() + " " + c.lastName();
    }

    private void askExport() {
        confirmText.set(i18n.get("customer.gdpr.export.confirm", name()));
        stepUpPassword.set("");
        step.set(Step.CONFIRM_EXPORT);
    }

    private void askErase() {
        confirmText.set(i18n.get("customer.gdpr.erase.confirm", name()));
        eraseReason.set("");
        stepUpPassword.set("");
        step.set(Step.CONFIRM_ERASE);
    }

    /// The file name offered in the save dialog.
    public String suggestedFileName() {
        Customer c = customer.get();
        return "gdpr-export-" + (c == null ? "customer" : c.id()) + ".json";
    }

    /// Exports to `file` after the user confirmed and chose it; `null` (the save dialog was cancelled) goes
    /// back to the buttons.
    public void export(Path file) {
        if (file == null || step.get() != Step.CONFIRM_EXPORT) {
            stepUpPassword.set("");
            step.set(Step.IDLE);
            return;
        }
        String id = customer.get().id();
        String password = takePassword();
        run(() -> {
            GdprRequests.Outcome o = requests.get().export(id, password);
            if (o.kind() == GdprRequests.Kind.DONE) {
                GdprRequests.writeExport(o.request().exportData(), file);
            }
            return o;
        }, o -> show(o, i18n.get("customer.gdpr.export.done", file.toAbsolutePath().toString())));
    }

    private void erase() {
        String id = customer.get().id();
        String why = eraseReason.get().strip();
        String who = name();
        String password = takePassword();
        run(() -> {
            GdprRequests.Outcome o = requests.get().erase(id, why, password);
            if (o.kind() == GdprRequests.Kind.DONE) {
                try {
                    catchUp.run(); // the feed's erase purges the local rows; the live stream would bring it too
                } catch (RuntimeException e) {
                    LOG.info("Reading the change feed after the erasure of {} failed; the next sync brings it", id, e);
                }
            }
            return o;
        }, o -> show(o, i18n.get("customer.gdpr.erase.done", who)));
    }

    /// The typed password, cleared from the form (it lives only in the one request that steps up).
    private String takePassword() {
        String password = stepUpPassword.get();
        stepUpPassword.set("");
        return password;
    }

    private void run(java.util.concurrent.Callable<GdprRequests.Outcome> work,
            java.util.function.Consumer<GdprRequests.Outcome> then) {
        result.set("");
        heldOrders.clear();
        if (!online.getAsBoolean()) {
            then.accept(new GdprRequests.Outcome(GdprRequests.Kind.NEEDS_PLATFORM, "", List.of(), null));
            return;
        }
        BackgroundTask.of(work)
                .onStart(() -> step.set(Step.BUSY))
                .onSuccess(then)
                .onFailure(e -> {
                    step.set(Step.IDLE);
                    tone.set(Tone.DANGER);
                    result.set(i18n.get("customer.gdpr.failed", e.getMessage()));
                })
                .runWith(runner);
    }

    private void show(GdprRequests.Outcome o, String doneText) {
        step.set(Step.IDLE);
        switch (o.kind()) {
            case DONE -> {
                tone.set(Tone.SUCCESS);
                result.set(doneText);
            }
            case HELD -> {
                tone.set(Tone.WARNING);
                heldOrders.setAll(o.orderNumbers());
                result.set(i18n.get("customer.gdpr.erase.held", o.detail()));
            }
            case REFUSED -> {
                tone.set(Tone.DANGER);
                result.set(i18n.get("customer.gdpr.refused", o.detail()));
            }
            case NEEDS_PLATFORM -> {
                tone.set(Tone.WARNING);
                result.set(i18n.get("customer.gdpr.needsPlatform"));
            }
            case STEP_UP_FAILED -> {
                tone.set(Tone.DANGER);
                result.set(i18n.get("stepUp.failed", o.detail()));
            }
        }
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /// The effect of what is being confirmed.
    public ReadOnlyStringProperty confirmTextProperty() {
        return confirmText.getReadOnlyProperty();
    }

    /// The outcome of the last request: done, held with the platform's explanation, refused, needs the platform.
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    /// The open orders a held erasure waits for.
    public ObservableList<String> heldOrders() {
        return heldOrders;
    }

    /// Why the customer is erased (the platform keeps it with the request).
    public StringProperty eraseReasonProperty() {
        return eraseReason;
    }

    /// The password typed again before the platform does this (step-up, lane access).
    public StringProperty stepUpPasswordProperty() {
        return stepUpPassword;
    }

    /// Executable when the export may be confirmed (the password is typed); the view then asks for the file.
    public Command confirmExportCommand() {
        return confirmExport;
    }

    public Command askExportCommand() {
        return askExport;
    }

    public Command askEraseCommand() {
        return askErase;
    }

    public Command eraseCommand() {
        return erase;
    }

    public Command cancelCommand() {
        return cancel;
    }

    /// Why a GDPR button is disabled for this role, for its tooltip; empty when the role may.
    public String notAllowedText(boolean export) {
        return (export ? mayExport : mayErase) ? "" : i18n.get("customer.gdpr.notAllowed");
    }
}
