package com.trendythreads.opsdesk.cache.orders;

import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.auth.StepUpApi;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCancel;
import com.trendythreads.opsdesk.api.dto.orders.RefundCreate;
import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.rules.Permissions;
import com.trendythreads.opsdesk.api.service.OrdersApi;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/// Lane security (issue 10): an order action that moves money back — a refund, or a cancel (which refunds
/// everything captured and not yet refunded) — whose amount reaches the contract's `x-step-up`
/// `minAmountCents` of its operation is not an outbox action: it needs the user's password again and the
/// platform's answer. Like the GDPR requests it steps up and sends at once; the token lives only in this call.
/// Offline it changes nothing and says so. Smaller ones stay outbox actions ([OrderActions]).
///
/// One instance per dialog: it keeps ONE idempotency key, so trying again after a lost answer replays the
/// action the platform already made instead of making a second one. Blocking: call from a background task.
public final class StepUpOrderAction {

    /// The order operations with an amount step-up, by their contract operation id.
    public enum Operation {
        REFUND("refundOrder"),
        CANCEL("cancelOrder");

        private final String operationId;

        Operation(String operationId) {
            this.operationId = operationId;
        }

        public String operationId() {
            return operationId;
        }

        /// Whether this operation moving `amountCents` needs the step-up (the contract's rule; `Permissions`).
        public boolean needsStepUp(long amountCents) {
            return Permissions.contract().rule(operationId).map(r -> r.needsStepUp(amountCents)).orElse(false);
        }

        /// The contract's threshold in cents, or -1 when this operation never needs a step-up.
        public long thresholdCents() {
            return Permissions.contract().rule(operationId).map(Permissions.Rule::stepUpCents)
                    .map(Long::longValue).orElse(-1L);
        }
    }

    /// Where the call ended.
    public enum Kind {
        /// The platform did it; `order` is its answer.
        DONE,
        /// The platform cannot be reached (or its answer was lost); nothing is queued; try again online.
        NEEDS_PLATFORM,
        /// The password was not accepted (or the user is locked out); nothing was done.
        STEP_UP_FAILED,
        /// The platform refused the action (`detail` says why).
        REFUSED
    }

    public record Outcome(Kind kind, String detail, Order order) {

        public Outcome {
            Objects.requireNonNull(kind, "kind");
            detail = detail == null ? "" : detail;
        }
    }

    private final Supplier<OrdersApi> orders;
    private final Supplier<StepUpApi> stepUp;
    private final Runnable afterDone;
    private final String idempotencyKey = IdempotencyKeys.newKey();

    /// @param orders    the session's signed-in order service, or `null` without a platform (every step-up
    ///                  action then needs the platform)
    /// @param stepUp    the session's step-up service, or `null` as above
    /// @param afterDone run after the platform did it (the desk pulls the platform's changes so the order shows it)
    public StepUpOrderAction(Supplier<OrdersApi> orders, Supplier<StepUpApi> stepUp, Runnable afterDone) {
        this.orders = orders;
        this.stepUp = stepUp;
        this.afterDone = afterDone == null ? () -> { } : afterDone;
    }

    /// Steps up with `password`, then refunds at once.
    public Outcome refund(String orderId, RefundCreate request, String password) {
        return send(password, token -> orders.get().refundOrder(orderId, idempotencyKey, null, token, request));
    }

    /// Steps up with `password`, then cancels at once (the platform refunds what is left captured).
    public Outcome cancel(String orderId, OrderCancel request, String password) {
        return send(password, token -> orders.get().cancelOrder(orderId, idempotencyKey, null, token, request));
    }

    private Outcome send(String password, Function<String, Versioned<Order>> call) {
        if (orders == null || stepUp == null) {
            return new Outcome(Kind.NEEDS_PLATFORM, "", null);
        }
        String token;
        try {
            token = stepUp.get().stepUp(new StepUpApi.StepUpRequest(password)).stepUpToken();
        } catch (ApiProblem p) {
            return new Outcome(p.isTransient() ? Kind.NEEDS_PLATFORM : Kind.STEP_UP_FAILED, detail(p), null);
        }
        try {
            Order done = call.apply(token).body();
            afterDone.run();
            return new Outcome(Kind.DONE, "", done);
        } catch (ApiProblem p) {
            return new Outcome(p.isTransient() ? Kind.NEEDS_PLATFORM : Kind.REFUSED, detail(p), null);
        }
    }

    private static String detail(ApiProblem p) {
        String d = p.detail() != null && !p.detail().isBlank() ? p.detail() : p.title();
        return d == null ? "" : d;
    }
}
