package com.trendythreads.opsdesk.cache.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/// The key of an existing cache, derived on the caller's executor while the caller does something else
/// (the platform checking the same password: two PBKDF2 runs of about the same length, start-up time,
/// issue #12). [CacheDatabase#open(Path, String, String, char[], CacheOptions, KeyAhead)] takes it when its
/// salt and iteration count are the ones of the cache it opens; otherwise it derives the key itself.
///
/// Nothing weaker than deriving it in `open`: the same KDF, salt and iterations, from a copy of the password
/// that is wiped when the derivation ends. If the caller never opens the cache (a wrong password), the key
/// of that wrong password is simply dropped.
public final class KeyAhead {

    private static final KeyAhead NONE = new KeyAhead(null, null, 0);

    private final CompletableFuture<CacheKey> key;
    private final String salt;
    private final int iterations;

    private KeyAhead(CompletableFuture<CacheKey> key, String salt, int iterations) {
        this.key = key;
        this.salt = salt;
        this.iterations = iterations;
    }

    /// Starts deriving the key of the cache in `dir` with `password` (which is copied, not kept) on
    /// `executor`, or does nothing when there is no readable cache there yet (a first sign-in creates its
    /// salt in `open`).
    public static KeyAhead start(Path dir, char[] password, Executor executor) {
        if (!Files.exists(CacheMeta.file(dir))) {
            return NONE;
        }
        CacheMeta meta;
        try {
            meta = CacheMeta.read(dir);
        } catch (CacheException e) {
            return NONE; // open reads it again and says what is wrong
        }
        char[] copy = Arrays.copyOf(password, password.length);
        CompletableFuture<CacheKey> key = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    key.complete(CacheKey.derive(copy, meta.saltBytes(), meta.iterations()));
                } catch (RuntimeException | Error e) {
                    key.completeExceptionally(e);
                } finally {
                    Arrays.fill(copy, '\0');
                }
            });
        } catch (RejectedExecutionException e) {
            Arrays.fill(copy, '\0');
            return NONE; // the app is closing: open derives the key itself if it still runs
        }
        return new KeyAhead(key, meta.salt(), meta.iterations());
    }

    /// The key for `meta` (waiting for the derivation), or `null` when it was derived for other parameters,
    /// failed, or never started.
    CacheKey keyFor(CacheMeta meta) {
        if (key == null || !meta.salt().equals(salt) || meta.iterations() != iterations) {
            return null;
        }
        try {
            return key.join();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
