package com.trendythreads.opsdesk.cache.status;

import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.error.NetworkDown;
import com.trendythreads.opsdesk.api.error.Unauthorized;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/// Folds the outcomes of every platform call into one [Connectivity]. Thread-safe; listeners
/// hear only real changes.
public final class ConnectivityTracker {

    private final Clock clock;
    private final AtomicReference<Connectivity> state = new AtomicReference<>(Connectivity.OFFLINE);
    private final AtomicReference<Instant> lastSuccess = new AtomicReference<>();
    private final AtomicReference<String> lastProblem = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicLong epoch = new java.util.concurrent.atomic.AtomicLong();
    private volatile Consumer<Connectivity> listener = c -> { };

    public ConnectivityTracker(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void onChange(Consumer<Connectivity> l) {
        this.listener = Objects.requireNonNull(l, "listener");
    }

    public Connectivity state() {
        return state.get();
    }

    /// When a call last succeeded, or `null`.
    public Instant lastSuccess() {
        return lastSuccess.get();
    }

    /// The last failure in words, for a tooltip; `null` after a success.
    public String lastProblem() {
        return lastProblem.get();
    }

    public void success() {
        if (state.get() == Connectivity.SIGN_IN_EXPIRED) {
            return; // only a new sign-in clears that (see signedIn)
        }
        lastSuccess.set(clock.instant());
        lastProblem.set(null);
        set(Connectivity.ONLINE);
    }

    /// Counts sign-ins: a call remembers the epoch it started in, so that a 401 answering a call
    /// sent before the latest sign-in does not undo it.
    public long epoch() {
        return epoch.get();
    }

    /// Classifies a failed call that started now.
    public void failure(ApiProblem problem) {
        failure(problem, epoch());
    }

    /// Classifies a failed call that started in `startedInEpoch`.
    public void failure(ApiProblem problem, long startedInEpoch) {
        if (problem instanceof Unauthorized && startedInEpoch != epoch.get()) {
            return; // sent with the old session; the new one has not been refused
        }
        lastProblem.set(problem.getMessage());
        if (problem instanceof Unauthorized) {
            set(Connectivity.SIGN_IN_EXPIRED);
        } else if (problem instanceof NetworkDown) {
            if (state.get() != Connectivity.SIGN_IN_EXPIRED) {
                set(Connectivity.OFFLINE);
            }
        } else if (state.get() == Connectivity.ONLINE) {
            set(Connectivity.DEGRADED);
        }
    }

    /// The platform refused the session (the live stream's 401).
    public void signInExpired() {
        lastProblem.set("The platform no longer accepts this sign-in.");
        set(Connectivity.SIGN_IN_EXPIRED);
    }

    /// The live stream is reconnecting while calls may still work.
    public void streamInterrupted() {
        if (state.get() == Connectivity.ONLINE) {
            set(Connectivity.DEGRADED);
        }
    }

    /// After a fresh sign-in: clears [Connectivity#SIGN_IN_EXPIRED] until the next call tells.
    public void signedIn() {
        epoch.incrementAndGet();
        state.compareAndSet(Connectivity.SIGN_IN_EXPIRED, Connectivity.DEGRADED);
    }

    private void set(Connectivity next) {
        Connectivity prev = state.getAndSet(next);
        if (prev != next) {
            listener.accept(next);
        }
    }
}
