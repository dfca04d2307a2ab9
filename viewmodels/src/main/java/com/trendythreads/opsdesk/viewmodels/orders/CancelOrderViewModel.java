package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.orders.OrderRules;
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
public final class CancelOrderViewModel {

    private final OrdersContext ctx;
    private final OrderFormat format;
    private final QueueOnce once;
    private final Order order;
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper reasonError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final Command confirm;

    public CancelOrderViewModel(OrdersContext ctx, Order order) {
        this.ctx = ctx;
        this.format = ctx.format();
        this.once = new QueueOnce(ctx, format);
        this.order = order;
        reason.addListener((o, a, b) -> check());
        confirm = Command.of(this::confirm, Bindings.createBooleanBinding(
                () -> valid.get() && !once.doneProperty().get() && !once.sendingProperty().get(), valid,
                once.doneProperty(), once.sendingProperty()));
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
        once.run(() -> ctx.actions().cancel(order.id(), why),
                () -> ctx.i18n().get("orders.cancel.queued", order.number()));
    }

    public Order order() {
        return order;
    }

    /// "Cancel TT-1000123: €89.90 goes back to CARD, the stock is released."
    public String effect() {
        long back = Refunds.refundableCents(order);
        return back > 0 ? ctx.i18n().get("orders.cancel.effect.refund", order.number(), format.money(back))
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
