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
        /// Anything else (the detail says what).
        OTHER
    }

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

    /// The local data directory this failure is about, or `null`.
    public java.nio.file.Path localDataDir() {
        return localDataDir;
    }

    public Reason reason() {
        return reason;
    }
}
