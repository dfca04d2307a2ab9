package com.trendythreads.opsdesk.api.auth;

/// Told when the session can no longer be renewed (the refresh token was rejected), so the app
/// can ask for the password again. Called once per expiry, on the thread that found out.
@FunctionalInterface
public interface SessionListener {

    void sessionExpired();
}
