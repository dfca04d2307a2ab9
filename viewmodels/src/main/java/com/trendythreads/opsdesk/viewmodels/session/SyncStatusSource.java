package com.trendythreads.opsdesk.viewmodels.session;

import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import java.util.function.Consumer;

/// Where the status bar reads sync state from (the [com.trendythreads.opsdesk.cache.sync.SyncEngine] of
/// the session; a fake in tests). Listeners are called on any thread.
public interface SyncStatusSource {

    SyncStatus current();

    AutoCloseable onStatus(Consumer<SyncStatus> listener);
}
