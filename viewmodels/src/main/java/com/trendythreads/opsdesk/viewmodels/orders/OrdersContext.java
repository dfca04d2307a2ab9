package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.orders.OrderActions;
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

    public OrderFormat format() {
        return new OrderFormat(i18n);
    }
}
