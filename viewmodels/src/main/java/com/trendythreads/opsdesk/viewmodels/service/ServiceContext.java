package com.trendythreads.opsdesk.viewmodels.service;

import com.trendythreads.opsdesk.api.dto.common.Role;
import com.trendythreads.opsdesk.api.dto.common.User;
import com.trendythreads.opsdesk.api.rules.Permissions;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.crm.TicketActions;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/// What the service desk's ViewModels share: the session's data and write path, the signed-in agent, and
/// the UI plumbing.
record ServiceContext(LocalData data, TicketActions actions, TaskRunner runner, Notifier notifier, I18n i18n,
                      Clock clock, SessionUser user) {

    /// Whether the agent may change and answer tickets: `updateTicket` and `replyToTicket` (see
    /// [SessionUser#may]).
    boolean mayWork() {
        return user.may("replyToTicket") && user.may("updateTicket");
    }

    /// The users tickets may be assigned to (active users the contract lets answer tickets), by name.
    List<User> agents() {
        return data.reference().users().stream().filter(User::active)
                .filter(u -> u.roles() != null && Permissions.contract()
                        .allows(u.roles().stream().map(Role::name).toList(), "replyToTicket"))
                .sorted(java.util.Comparator.comparing(User::displayName)).toList();
    }

    String enumText(String prefix, Enum<?> value) {
        return value == null ? "" : i18n.get(prefix + "." + value.name().toLowerCase(Locale.ROOT));
    }

    /// "45 min", "3 h 05 min", "2 d 4 h".
    String duration(Duration d) {
        long minutes = Math.abs(d.toMinutes());
        if (minutes < 60) {
            return i18n.get("service.duration.min", minutes);
        }
        if (minutes < 24 * 60) {
            return i18n.get("service.duration.hMin", minutes / 60, minutes % 60);
        }
        return i18n.get("service.duration.dH", minutes / (24 * 60), minutes % (24 * 60) / 60);
    }
}
