package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.Payment;
import com.trendythreads.opsdesk.api.dto.orders.RefundCreate;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.orders.OrderRules;
import com.trendythreads.opsdesk.cache.orders.StepUpOrderAction;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The refund dialog of one order: a quantity per line, shipping (once per order), a reason; the amount is
/// computed live by the platform's own rule ([Refunds], through [OrderRules#previewRefund]) and shown with
/// the VAT it includes. Confirm queues ONE refund action and can be pressed only once (a double press does
/// not refund twice).
///
/// Lane security (issue 10): a refund from the contract's step-up threshold ([StepUpOrderAction]) asks for the
/// password and is sent to the platform at once instead of queued; offline it says it needs the platform.
public final class RefundViewModel {

    private final OrdersContext ctx;
    private final OrderFormat format;
    private final QueueOnce once;
    private final Order order;
    private final ObservableList<RefundLineItem> lines = FXCollections.observableArrayList();
    private final BooleanProperty includeShipping = new SimpleBooleanProperty();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper amount = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper vat = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper effect = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shippingError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final Command confirm;
    private OrderRules.RefundPreview preview;
    private final ReadOnlyBooleanWrapper stepUpNeeded = new ReadOnlyBooleanWrapper();
    private final StringProperty stepUpPassword = new SimpleStringProperty("");
    private final StepUpOrderAction stepUpRefund;

    public RefundViewModel(OrdersContext ctx, Order order) {
        this.ctx = ctx;
        this.format = ctx.format();
        this.once = new QueueOnce(ctx, format);
        this.order = order;
        for (var l : order.lines()) {
            RefundLineItem item = new RefundLineItem(l, Math.max(0, l.quantity() - l.refundedQuantity()));
            item.quantityProperty().addListener((o, a, b) -> recompute());
            lines.add(item);
        }
        includeShipping.addListener((o, a, b) -> recompute());
        reason.addListener((o, a, b) -> recompute());
        stepUpRefund = ctx.stepUpAction();
        confirm = Command.of(this::confirm, Bindings.createBooleanBinding(
                () -> valid.get() && !once.doneProperty().get() && !once.sendingProperty().get()
                        && (!stepUpNeeded.get() || !stepUpPassword.get().isEmpty()), valid,
                once.doneProperty(), once.sendingProperty(), stepUpNeeded, stepUpPassword));
        recompute();
    }

    /// The request as the dialog stands.
    RefundCreate request() {
        List<RefundCreate.Line> chosen = new ArrayList<>();
        for (RefundLineItem i : lines) {
            if (i.quantityProperty().get() != 0) {
                chosen.add(new RefundCreate.Line(i.line().id(), i.quantityProperty().get()));
            }
        }
        return new RefundCreate(chosen, includeShipping.get() ? Boolean.TRUE : null, reason.get());
    }

    private void recompute() {
        preview = OrderRules.previewRefund(order, request());
        List<RefundCreate.Line> chosen = request().lines();
        for (RefundLineItem i : lines) {
            Long cents = preview.lineCents().get(i.line().id());
            i.setAmount(cents == null ? "" : format.money(cents));
            i.setError("");
        }
        reasonError.set("");
        shippingError.set("");
        once.problem("");
        for (Violation v : preview.refusals()) {
            String text = format.violation(v);
            if (v.field().startsWith("lines[") && v.field().endsWith(".quantity")) {
                int idx = Integer.parseInt(v.field().substring(6, v.field().indexOf(']')));
                String lineId = chosen.get(idx).lineId();
                lines.stream().filter(i -> i.line().id().equals(lineId)).findFirst().ifPresent(i -> i.setError(text));
            } else if (v.field().equals("reason")) {
                reasonError.set(reason.get().isEmpty() ? "" : text); // not shouted before anything was typed
            } else if (v.field().equals("includeShipping")) {
                shippingError.set(text);
            } else if (!v.code().equals("orders.rule.nothingSelected") && !v.code().equals("orders.rule.lineRequired")) {
                once.problem(text);
            }
        }
        amount.set(format.money(preview.totalCents()));
        vat.set(ctx.i18n().get("orders.refund.vat", format.money(preview.vatCents()), Refunds.VAT_PERCENT));
        effect.set(preview.units() == 0 && preview.shippingCents() == 0 ? ""
                : ctx.i18n().get("orders.refund.effect", format.money(preview.totalCents()), method(),
                        preview.units(), order.number()));
        valid.set(preview.allowed());
        stepUpNeeded.set(StepUpOrderAction.Operation.REFUND.needsStepUp(preview.totalCents()));
    }

    /// Where the money goes back to: the capture's account as the provider masked it, else its method.
    private String method() {
        return order.payments().stream().filter(p -> p.kind() == Payment.Kind.CAPTURE)
                .map(p -> p.account() != null ? p.account() : p.method().name())
                .findFirst().orElse(Payment.Method.CARD.name());
    }

    /// Queues the refund (once: the command is spent as soon as it is pressed).
    private void confirm() {
        if (once.doneProperty().get() || once.sendingProperty().get() || !valid.get()) {
            return;
        }
        RefundCreate req = request();
        if (stepUpNeeded.get()) {
            String password = stepUpPassword.get();
            stepUpPassword.set(""); // never kept in the form once the request starts
            String sent = ctx.i18n().get("orders.refund.sentOnline", amount.get(), order.number());
            once.runOnline(() -> online(req, password), () -> sent);
            return;
        }
        String queued = ctx.i18n().get("orders.refund.queued", amount.get(), order.number());
        once.run(() -> ctx.actions().refund(order.id(), req), () -> queued);
    }

    /// The step-up refund, in the background: null when the platform refunded, else what to tell the user.
    private String online(RefundCreate req, String password) {
        return ctx.sendStepUp(ctx.i18n().get("orders.refund.stepUp.needsPlatform", stepUpThresholdText()),
                () -> stepUpRefund.refund(order.id(), req, password));
    }

    private String stepUpThresholdText() {
        return format.money(StepUpOrderAction.Operation.REFUND.thresholdCents());
    }

    /// This refund reaches the contract's step-up threshold: the password is asked and it is sent online at once.
    public ReadOnlyBooleanProperty stepUpNeededProperty() {
        return stepUpNeeded.getReadOnlyProperty();
    }

    /// "Refunds from €500.00 need your password and are sent to the platform at once."
    public String stepUpHint() {
        return ctx.i18n().get("orders.refund.stepUp.hint", stepUpThresholdText());
    }

    public StringProperty stepUpPasswordProperty() {
        return stepUpPassword;
    }

    public Order order() {
        return order;
    }

    public ObservableList<RefundLineItem> lines() {
        return lines;
    }

    public BooleanProperty includeShippingProperty() {
        return includeShipping;
    }

    /// Whether this order's shipping can still be refunded (and what it was).
    public boolean shippingRefundable() {
        return Refunds.shippingRefundable(order);
    }

    public String shippingText() {
        return format.money(order.shippingCents());
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /// The total to refund, formatted.
    public ReadOnlyStringProperty amountProperty() {
        return amount.getReadOnlyProperty();
    }

    /// "incl. €5.86 VAT (19 %)".
    public ReadOnlyStringProperty vatProperty() {
        return vat.getReadOnlyProperty();
    }

    /// What confirming does: "Refund €36.67 to CARD for 2 items of TT-1000123".
    public ReadOnlyStringProperty effectProperty() {
        return effect.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shippingErrorProperty() {
        return shippingError.getReadOnlyProperty();
    }

    /// A refusal that belongs to no single field (more than was paid, nothing captured).
    public ReadOnlyStringProperty problemProperty() {
        return once.problemProperty();
    }

    /// The most that may still be refunded, formatted.
    public String refundableText() {
        return format.money(Refunds.refundableCents(order));
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /// The refund is queued: the dialog may close.
    public ReadOnlyBooleanProperty doneProperty() {
        return once.doneProperty();
    }

    public Command confirmCommand() {
        return confirm;
    }
}
