package com.trendythreads.opsdesk.viewmodels.session;

import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/// How this client runs: where local data lives, how caches are made, how sync paces itself.
///
/// @param platformUrl       the configured platform, or empty for demo mode
/// @param cacheRoot         the per-user data directory holding one cache per user and platform
/// @param signInRetry       how often an offline session tries to sign in again
public record ClientConfig(Optional<String> platformUrl, Path cacheRoot, CacheOptions cacheOptions,
                           SyncSettings syncSettings, Duration signInRetry) {
}
