package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.cache.orders.OrderRefused;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// A dialog's one order action (cancel, refund, return) queued at most once: a second press while it is being
/// queued or after it is done does nothing, so a double click never refunds twice. A refusal by the desk's
/// order rules shows in the dialog, naming the field; anything else is reported.
final class QueueOnce {

    private final OrdersContext ctx;
    private final OrderFormat format;
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    QueueOnce(OrdersContext ctx, OrderFormat format) {
        this.ctx = ctx;
        this.format = format;
    }

    /// @param action  queues the outbox entry (in the background)
    /// @param queued  the confirmation shown once it is queued
    void run(Callable<Long> action, Supplier<String> queued) {
        if (done.get() || sending.get()) {
            return;
        }
        sending.set(true);
        BackgroundTask.of(action)
                .onSuccess(seq -> {
                    done.set(true);
                    ctx.notifier().info(queued.get());
                })
                .onFailure(e -> {
                    if (e instanceof OrderRefused r) {
                        problem.set(r.violations().stream().map(format::violation).reduce((a, b) -> a + "\n" + b)
                                .orElse(""));
                    } else {
                        ctx.notifier().error(ctx.i18n().get("orders.action.failed"), String.valueOf(e.getMessage()));
                    }
                })
                .onFinished(() -> sending.set(false))
                .runWith(ctx.runner());
    }

    /// Lane security (issue 10): an action sent online at once (a refund that needs the step-up); `action`
    /// answers the text to show in the dialog when it did not happen, or null when it did.
    void runOnline(Callable<String> action, Supplier<String> sent) {
        if (done.get() || sending.get()) {
            return;
        }
        sending.set(true);
        problem.set("");
        BackgroundTask.of(action)
                .onSuccess(refusal -> {
                    if (refusal == null) {
                        done.set(true);
                        ctx.notifier().info(sent.get());
                    } else {
                        problem.set(refusal);
                    }
                })
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("orders.action.failed"), String.valueOf(e.getMessage())))
                .onFinished(() -> sending.set(false))
                .runWith(ctx.runner());
    }

    ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /// A problem found by the dialog's own checks (empty: none).
    void problem(String text) {
        problem.set(text);
    }
}
