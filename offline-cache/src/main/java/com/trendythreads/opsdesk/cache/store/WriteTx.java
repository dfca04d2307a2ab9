package com.trendythreads.opsdesk.cache.store;

/// Work done in one write transaction of the cache, see [CacheDatabase#write].
@FunctionalInterface
public interface WriteTx<T> {
    T apply(Tx tx);
}
