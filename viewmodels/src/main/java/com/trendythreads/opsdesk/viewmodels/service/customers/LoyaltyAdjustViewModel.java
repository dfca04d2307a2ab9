package com.trendythreads.opsdesk.viewmodels.service.customers;

import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyAdjustment;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.crm.CustomerActions;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// "Adjust points…" in the customer's 360: signed points and a mandatory reason, checked as the user types
/// by [CustomerActions#checkAdjustment] (the same rule the platform applies: not 0, within ±100,000, the
/// balance never below 0, a reason of at most 500 characters), queued through the outbox so it works
/// offline and counts once; and the history of adjustments with their reasons.
public final class LoyaltyAdjustViewModel {

    private final Supplier<CustomerActions> actions;
    private final String username;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final CustomerFormat format;
    private final Runnable afterQueued;
    private final ObjectProperty<Customer> customer = new SimpleObjectProperty<>();
    private final StringProperty points = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper pointsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper allowed;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObservableList<AdjustmentItem> history = FXCollections.observableArrayList();
    private final Command adjust;
    private boolean attempted;

    LoyaltyAdjustViewModel(Supplier<CustomerActions> actions, String username, boolean allowed, TaskRunner runner,
            Notifier notifier, I18n i18n, CustomerFormat format, Runnable afterQueued) {
        this.actions = actions;
        this.username = username;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        this.format = format;
        this.afterQueued = afterQueued;
        this.allowed = new ReadOnlyBooleanWrapper(allowed);
        points.addListener((o, a, b) -> validate());
        reason.addListener((o, a, b) -> validate());
        customer.addListener((o, a, b) -> shown(a, b));
        adjust = Command.of(this::adjust, Bindings.createBooleanBinding(() -> this.allowed.get() && !busy.get()
                && customer.get() != null, this.allowed, busy, customer));
    }

    /// The customer whose points are adjusted (set by the 360).
    ObjectProperty<Customer> customerProperty() {
        return customer;
    }

    private void shown(Customer before, Customer now) {
        if (before == null || now == null || !before.id().equals(now.id())) {
            points.set("");
            reason.set("");
            attempted = false;
        }
        history.setAll(now == null ? List.of() : now.adjustments().reversed().stream().map(this::item).toList());
        validate();
    }

    private AdjustmentItem item(LoyaltyAdjustment a) {
        boolean pending = a.id() != null && a.id().startsWith(LocalEdits.LOCAL_ID_PREFIX);
        return new AdjustmentItem(format.dateTime(a.at()), format.points(a.points()), a.reason(), a.by(), pending);
    }

    private Integer parsedPoints() {
        String t = points.get() == null ? "" : points.get().strip().replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(t.startsWith("+") ? t.substring(1) : t);
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE; // not a number: named below
        }
    }

    /// Shows each field's message; before the first attempt an empty field is not yet an error.
    private List<Violation> validate() {
        Integer p = parsedPoints();
        List<Violation> wrong = p != null && p == Integer.MIN_VALUE
                ? List.of(Violation.error("points", "rule.loyalty.number"))
                : CustomerActions.checkAdjustment(customer.get(), p, reason.get());
        pointsError.set(message(wrong, "points", p == null));
        reasonError.set(message(wrong, "reason", reason.get() == null || reason.get().isBlank()));
        Customer c = customer.get();
        preview.set(c == null || wrong.stream().anyMatch(v -> v.field().equals("points")) || p == null ? ""
                : i18n.get("customer.loyalty.preview", format.points(c.loyaltyPoints()).replace("+", ""),
                        format.points(c.loyaltyPoints() + p).replace("+", "")));
        return wrong;
    }

    private String message(List<Violation> wrong, String field, boolean empty) {
        if (empty && !attempted) {
            return "";
        }
        return wrong.stream().filter(v -> v.field().equals(field)).findFirst()
                .map(v -> i18n.get("customer.loyalty.field." + field) + ": " + i18n.get(v.code(), v.args().toArray()))
                .orElse("");
    }

    private void adjust() {
        attempted = true;
        if (!validate().isEmpty()) {
            return; // the messages name the fields; nothing is queued
        }
        Customer c = customer.get();
        int p = parsedPoints();
        String why = reason.get().strip();
        BackgroundTask.of(() -> actions.get().adjustLoyalty(c.id(), p, why, username))
                .onStart(() -> busy.set(true))
                .onSuccess(seq -> {
                    notifier.info(i18n.get("customer.loyalty.queued", format.points(p), c.firstName() + " "
                            + c.lastName()));
                    attempted = false;
                    points.set("");
                    reason.set("");
                    afterQueued.run();
                })
                .onFailure(e -> notifier.error(i18n.get("customer.loyalty.failed"), e.getMessage()))
                .onFinished(() -> busy.set(false))
                .runWith(runner);
    }

    /// Signed points, e.g. `+150` or `-40`.
    public StringProperty pointsProperty() {
        return points;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /// The message beside the points field naming what is wrong, or empty.
    public ReadOnlyStringProperty pointsErrorProperty() {
        return pointsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    /// The balance before → after, e.g. "Balance 1,200 → 1,350", while the points are valid.
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /// Whether the signed-in role may adjust points (x-roles of `adjustLoyaltyPoints`).
    public ReadOnlyBooleanProperty allowedProperty() {
        return allowed.getReadOnlyProperty();
    }

    /// Why the adjustment is not offered, for the disabled button's tooltip; empty when it is.
    public String notAllowedText() {
        return allowed.get() ? "" : i18n.get("customer.loyalty.notAllowed");
    }

    public Command adjustCommand() {
        return adjust;
    }

    /// The adjustments, newest first (queued ones marked pending).
    public ObservableList<AdjustmentItem> history() {
        return history;
    }
}
