package com.trendythreads.opsdesk.cache.store;

/// The password does not unlock the local data of this user on this platform. Nothing on disk was
/// changed by the failed attempt.
public class CachePasswordException extends CacheException {

    public CachePasswordException(String message) {
        super(message);
    }

    public CachePasswordException(String message, Throwable cause) {
        super(message, cause);
    }
}
