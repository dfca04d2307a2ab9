package com.trendythreads.opsdesk.viewmodels.picking;

import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.outbox.Conflicts;
import com.trendythreads.opsdesk.cache.picking.LineSync;
import com.trendythreads.opsdesk.cache.picking.PickActions;
import com.trendythreads.opsdesk.viewmodels.common.DesktopActions;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import java.time.Clock;

/// What the picking screens share for one signed-in picker: the local data, the write path, where
/// each line stands with the platform, and the ports.
///
/// @param conflicts the session's conflicts (accepting "picked by someone else" discards mine)
/// @param username  who I am on the platform (the name it writes into `confirmedBy`)
public record PickingContext(LocalData data, PickActions actions, LineSync lineSync, Conflicts conflicts,
        TaskRunner runner, Notifier notifier, I18n i18n, Clock clock, DesktopActions desktop, String username) {
}
