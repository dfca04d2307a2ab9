package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCancel;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.orders.OrderRules;
import com.trendythreads.opsdesk.cache.orders.StepUpOrderAction;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// The cancel dialog of one order: a reason, the effect in words (everything captured is refunded, stock
/// released), and one press that queues ONE cancel action. Only before shipping ([OrderRules#checkCancel]).
///
/// Lane security (issue 10): a cancel refunds everything captured and not yet refunded, so when that amount
/// (from the cached order, [Refunds#refundableCents]) reaches `cancelOrder`'s step-up threshold the dialog asks
/// for the password and sends the cancel to the platform at once ([StepUpOrderAction]) instead of queuing it;
/// offline it says it needs the platform and queues nothing.
public final class CancelOrderViewModel {

    private final OrdersContext ctx;
    private final OrderFormat format;
    private final QueueOnce once;
    private final Order order;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final Command confirm;
    private final ReadOnlyBooleanWrapper stepUpNeeded = new ReadOnlyBooleanWrapper();
    private final StringProperty stepUpPassword = new SimpleStringProperty("");
    private final StepUpOrderAction stepUpCancel;

    public CancelOrderViewModel(OrdersContext ctx, Order order) {
        this.ctx = ctx;
        this.format = ctx.format();
        this.once = new QueueOnce(ctx, format);
        this.order = order;
        stepUpNeeded.set(StepUpOrderAction.Operation.CANCEL.needsStepUp(Refunds.refundableCents(order)));
        stepUpCancel = ctx.stepUpAction();
        reason.addListener((o, a, b) -> check());
        confirm = Command.of(this::confirm, Bindings.createBooleanBinding(
                () -> valid.get() && !once.doneProperty().get() && !once.sendingProperty().get()
                        && (!stepUpNeeded.get() || !stepUpPassword.get().isEmpty()), valid,
                once.doneProperty(), once.sendingProperty(), stepUpNeeded, stepUpPassword));
        check();
    }

    private void check() {
        List<Violation> refusals = OrderRules.checkCancel(order, reason.get());
        reasonError.set("");
        once.problem("");
        for (Violation v : refusals) {
            if (v.field().equals("reason")) {
                reasonError.set(reason.get().isEmpty() ? "" : format.violation(v));
            } else {
                once.problem(format.violation(v));
            }
        }
        valid.set(refusals.isEmpty());
    }

    private void confirm() {
        if (once.doneProperty().get() || once.sendingProperty().get()) {
            return;
        }
        String why = reason.get();
        if (stepUpNeeded.get()) {
            String password = stepUpPassword.get();
            stepUpPassword.set(""); // never kept in the form once the request starts
            String sent = ctx.i18n().get("orders.cancel.sentOnline", order.number(), refundableText());
            once.runOnline(() -> online(new OrderCancel(why), password), () -> sent);
            return;
        }
        once.run(() -> ctx.actions().cancel(order.id(), why),
                () -> ctx.i18n().get("orders.cancel.queued", order.number()));
    }

    /// The step-up cancel, in the background: null when the platform cancelled, else what to tell the user.
    private String online(OrderCancel req, String password) {
        return ctx.sendStepUp(ctx.i18n().get("orders.cancel.stepUp.needsPlatform", stepUpThresholdText()),
                () -> stepUpCancel.cancel(order.id(), req, password));
    }

    private String stepUpThresholdText() {
        return format.money(StepUpOrderAction.Operation.CANCEL.thresholdCents());
    }

    private String refundableText() {
        return format.money(Refunds.refundableCents(order));
    }

    /// What this cancel refunds reaches the contract's step-up threshold: the password is asked and the cancel
    /// is sent online at once.
    public ReadOnlyBooleanProperty stepUpNeededProperty() {
        return stepUpNeeded.getReadOnlyProperty();
    }

    /// "Cancellations that refund €500.00 or more need your password and are sent to the platform at once."
    public String stepUpHint() {
        return ctx.i18n().get("orders.cancel.stepUp.hint", stepUpThresholdText());
    }

    public StringProperty stepUpPasswordProperty() {
        return stepUpPassword;
    }

    public Order order() {
        return order;
    }

    /// "Cancel TT-1000123: €89.90 goes back to CARD, the stock is released."
    public String effect() {
        long back = Refunds.refundableCents(order);
        return back > 0 ? ctx.i18n().get("orders.cancel.effect.refund", order.number(), refundableText())
                : ctx.i18n().get("orders.cancel.effect", order.number());
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty reasonErrorProperty() {
        return reasonError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return once.problemProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return once.doneProperty();
    }

    public Command confirmCommand() {
        return confirm;
    }
}
