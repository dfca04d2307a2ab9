package com.trendythreads.opsdesk.api.auth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/// The default, process-memory-only [TokenStore].
public final class InMemoryTokenStore implements TokenStore {

    private final AtomicReference<Tokens> tokens = new AtomicReference<>();

    @Override
    public Optional<Tokens> get() {
        return Optional.ofNullable(tokens.get());
    }

    @Override
    public void set(Tokens value) {
        tokens.set(value);
    }

    @Override
    public void clear() {
        tokens.set(null);
    }
}
