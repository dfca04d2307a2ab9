package com.trendythreads.opsdesk.api.auth;

import java.util.Optional;

/// Where the current [Tokens] live. Ops Desk keeps them in memory only ([InMemoryTokenStore]):
/// a stolen laptop must not hold a usable refresh token on disk.
public interface TokenStore {

    Optional<Tokens> get();

    void set(Tokens tokens);

    void clear();
}
