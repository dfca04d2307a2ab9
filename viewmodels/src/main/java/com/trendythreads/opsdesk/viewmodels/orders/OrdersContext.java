package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.api.auth.StepUpApi;
import com.trendythreads.opsdesk.api.service.OrdersApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.orders.OrderActions;
import com.trendythreads.opsdesk.cache.orders.StepUpOrderAction;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/// What the order screens share for one signed-in user: the cache, the order actions, who acts, the ports.
///
/// @param engine the session's sync engine for online-only calls (older orders); null in a session without one
public record OrdersContext(LocalData data, OrderActions actions, SessionUser user, TaskRunner runner,
        Notifier notifier, I18n i18n, Clock clock, RecordLinks links, SyncEngine engine) {

    public static OrdersContext of(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n,
            Clock clock, RecordLinks links) {
        UserSession session = sessionState.current();
        var data = session.data();
        OrderActions actions = new OrderActions(data.edits(), data.orders(), data.products(), data.reference(), clock,
                session.user().username());
        return new OrdersContext(data, actions, session.user(), runner, notifier, i18n, clock, links,
                session.engine().orElse(null));
    }

    public Optional<SyncEngine> online() {
        return Optional.ofNullable(engine);
    }

    /// A step-up order action for one dialog (its own idempotency key) over the session's engine; without an
    /// engine every step-up action needs the platform. After it is done the engine pulls the platform's change.
    public StepUpOrderAction stepUpAction() {
        return new StepUpOrderAction(
                online().<Supplier<OrdersApi>>map(e -> () -> e.service(OrdersApi.class)).orElse(null),
                online().<Supplier<StepUpApi>>map(e -> () -> e.service(StepUpApi.class)).orElse(null),
                () -> online().ifPresent(SyncEngine::wake));
    }

    /// Sends a step-up order action, in the background: null when the platform did it, else what to tell the
    /// user. Offline nothing is sent and `needsPlatform` says why.
    String sendStepUp(String needsPlatform, Supplier<StepUpOrderAction.Outcome> send) {
        if (online().map(e -> e.connectivity() == Connectivity.OFFLINE).orElse(true)) {
            return needsPlatform;
        }
        StepUpOrderAction.Outcome o = send.get();
        return switch (o.kind()) {
            case DONE -> null;
            case NEEDS_PLATFORM -> needsPlatform;
            case STEP_UP_FAILED -> i18n.get("stepUp.failed", o.detail());
            case REFUSED -> o.detail();
        };
    }

    public OrderFormat format() {
        return new OrderFormat(i18n);
    }
}
