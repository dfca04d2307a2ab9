package com.trendythreads.opsdesk.cache.orders;

import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.auth.StepUpApi;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.RefundCreate;
import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.rules.Permissions;
import com.trendythreads.opsdesk.api.service.OrdersApi;
import java.util.Objects;
import java.util.function.Supplier;

/// Lane security (issue 10): a refund whose amount reaches the contract's `x-step-up` `minAmountCents` on
/// `refundOrder` is not an outbox action: it needs the user's password again and the platform's answer. Like
/// the GDPR requests it steps up and sends at once; the token lives only in this call. Offline it changes
/// nothing and says so. Smaller refunds stay outbox actions ([OrderActions#refund]).
///
/// One instance per refund dialog: it keeps ONE idempotency key, so trying again after a lost answer replays
/// the refund the platform already made instead of making a second one. Blocking: call from a background task.
public final class StepUpRefund {

    /// Where the call ended.
    public enum Kind {
        /// The platform refunded; `order` is its answer.
        DONE,
        /// The platform cannot be reached (or its answer was lost); nothing is queued; try again online.
        NEEDS_PLATFORM,
        /// The password was not accepted (or the user is locked out); nothing was refunded.
        STEP_UP_FAILED,
        /// The platform refused the refund (`detail` says why).
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

    /// @param orders    the session's signed-in order service, or `null` without a platform (every refund then
    ///                  needs the platform)
    /// @param stepUp    the session's step-up service, or `null` as above
    /// @param afterDone run after a refund was made (the desk pulls the platform's changes so the order shows it)
    public StepUpRefund(Supplier<OrdersApi> orders, Supplier<StepUpApi> stepUp, Runnable afterDone) {
        this.orders = orders;
        this.stepUp = stepUp;
        this.afterDone = afterDone == null ? () -> { } : afterDone;
    }

    /// Whether a refund of `amountCents` needs the step-up (the contract's rule; `Permissions`).
    public static boolean needed(long amountCents) {
        return Permissions.contract().rule("refundOrder").map(r -> r.needsStepUp(amountCents)).orElse(false);
    }

    /// The contract's threshold in cents, or -1 when refunds never need a step-up.
    public static long thresholdCents() {
        return Permissions.contract().rule("refundOrder").map(Permissions.Rule::stepUpCents)
                .map(Long::longValue).orElse(-1L);
    }

    /// Steps up with `password`, then refunds at once.
    public Outcome refund(String orderId, RefundCreate request, String password) {
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
            Order done = orders.get().refundOrder(orderId, idempotencyKey, null, token, request).body();
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
