package com.trendythreads.opsdesk.cache.store;

/// The local data is already open, by another Ops Desk process (or another window of this one).
public class CacheInUseException extends CacheException {

    public CacheInUseException(String message) {
        super(message);
    }

    public CacheInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
