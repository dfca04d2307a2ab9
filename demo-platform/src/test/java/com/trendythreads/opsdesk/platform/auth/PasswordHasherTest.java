package com.trendythreads.opsdesk.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void aHashAcceptsItsPasswordOnly() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        String stored = hasher.hash("demo".toCharArray());
        assertThat(stored).startsWith("pbkdf2-sha256$1000$");
        assertThat(hasher.verify("demo".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("Demo".toCharArray(), stored)).isFalse();
    }

    /// An unknown user's check derives a key with the real iteration count (same time as a known user's),
    /// and no password passes it.
    @Test
    void theDummyCheckCostsARealCheckAndAcceptsNothing() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        assertThat(hasher.dummyHash()).startsWith("pbkdf2-sha256$1000$").hasSize(hasher.hash("x".toCharArray()).length());
        for (String password : new String[] {"demo", "not-a-password", ""}) {
            assertThat(hasher.verify(password.toCharArray(), hasher.dummyHash())).isFalse();
        }
    }

    /// Every platform start builds a hasher: building one must not cost a key derivation.
    @Test
    void buildingAHasherDerivesNoKey() {
        long t0 = System.nanoTime();
        PasswordHasher hasher = new PasswordHasher(PasswordHasher.DEFAULT_ITERATIONS);
        long build = System.nanoTime() - t0;
        t0 = System.nanoTime();
        hasher.hash("demo".toCharArray());
        long hash = System.nanoTime() - t0;
        assertThat(build).as("building (%d µs) against one hash (%d µs)", build / 1000, hash / 1000)
                .isLessThan(hash / 4);
    }
}
