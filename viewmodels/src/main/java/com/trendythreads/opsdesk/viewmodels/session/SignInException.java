package com.trendythreads.opsdesk.viewmodels.session;

/// Why a sign-in opened nothing. The sign-in screen turns the [Reason] into a sentence in the user's language.
public final class SignInException extends RuntimeException {

    public enum Reason {
        /// The platform rejected the user name or password.
        WRONG_CREDENTIALS,
        /// The platform is unreachable and this user has no local data on this computer.
        UNREACHABLE_NO_LOCAL_DATA,
        /// The platform is unreachable and the password does not unlock the local data.
        LOCAL_DATA_PASSWORD,
        /// The platform accepted the password but the local data was locked with another one (the password
        /// changed since): the local data must be removed before this user can work here.
        LOCAL_DATA_OLD_PASSWORD,
        /// Signing in again (after the session expired) found the platform unreachable.
        UNREACHABLE,
        /// The local data is open in another window or process.
        LOCAL_DATA_IN_USE,
        /// Too many failed sign-ins: the platform refuses this user until [#lockedUntil()].
        LOCKED_OUT,
        /// Anything else (the detail says what).
        OTHER
    }

    private java.time.Instant lockedUntil;

    private final Reason reason;
    private final java.nio.file.Path localDataDir;

    public SignInException(Reason reason, String detail, Throwable cause) {
        this(reason, detail, cause, null);
    }

    /// @param localDataDir the user's local data directory, when the reason is about it
    public SignInException(Reason reason, String detail, Throwable cause, java.nio.file.Path localDataDir) {
        super(detail, cause);
        this.reason = reason;
        this.localDataDir = localDataDir;
    }

    /// The platform's 423 `locked-out` answer (lane access), or empty for any other problem.
    public static java.util.Optional<SignInException> lockedOut(com.trendythreads.opsdesk.api.error.ApiProblem p) {
        if (p.status() != 423) {
            return java.util.Optional.empty();
        }
        String until = p.body() == null ? null : p.body().path("lockedUntil").asText(null);
        java.time.Instant at;
        try {
            at = until == null ? null : java.time.Instant.parse(until);
        } catch (java.time.format.DateTimeParseException e) {
            at = null;
        }
        return java.util.Optional.of(lockedOut(at, p.getMessage(), p));
    }

    /// A [Reason#LOCKED_OUT] failure: the user may try again after `until` (null: the platform did not say).
    public static SignInException lockedOut(java.time.Instant until, String detail, Throwable cause) {
        SignInException e = new SignInException(Reason.LOCKED_OUT, detail, cause);
        e.lockedUntil = until;
        return e;
    }

    /// Until when a [Reason#LOCKED_OUT] user is locked out, or `null` when the platform did not say.
    public java.time.Instant lockedUntil() {
        return lockedUntil;
    }

    /// The local data directory this failure is about, or `null`.
    public java.nio.file.Path localDataDir() {
        return localDataDir;
    }

    public Reason reason() {
        return reason;
    }
}
