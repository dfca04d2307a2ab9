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
        /// The local data is open in another window or process.
        LOCAL_DATA_IN_USE,
        /// Anything else (the detail says what).
        OTHER
    }

    private final Reason reason;

    public SignInException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
