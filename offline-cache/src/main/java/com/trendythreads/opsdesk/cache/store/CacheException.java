package com.trendythreads.opsdesk.cache.store;

/// The local cache could not be opened or used. Subclasses name the causes a user can act on:
/// [CachePasswordException] (wrong password) and [CacheInUseException] (another process has it open).
public class CacheException extends RuntimeException {

    public CacheException(String message) {
        super(message);
    }

    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
