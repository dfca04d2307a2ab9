package com.trendythreads.opsdesk.viewmodels.signin;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.session.SignInException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The sign-in screen's sentences: why a sign-in opened nothing, and whether a URL can be a platform's.
final class SignInMessages {

    private static final Logger LOG = LoggerFactory.getLogger(SignInMessages.class);

    private final I18n i18n;

    SignInMessages(I18n i18n) {
        this.i18n = i18n;
    }

    String describe(Throwable e, String url, String user) {
        if (e instanceof SignInException s) {
            return switch (s.reason()) {
                case WRONG_CREDENTIALS -> i18n.get("signIn.error.credentials");
                case UNREACHABLE_NO_LOCAL_DATA -> i18n.get("signIn.error.unreachable", url, user);
                case LOCAL_DATA_PASSWORD -> i18n.get("signIn.error.localPassword", user, url);
                case LOCAL_DATA_OLD_PASSWORD -> i18n.get("signIn.error.oldPassword", user, s.localDataDir());
                case LOCAL_DATA_IN_USE -> i18n.get("signIn.error.inUse", user);
                case UNREACHABLE -> i18n.get("signInAgain.error.unreachable");
                case LOCKED_OUT -> i18n.get("signIn.error.lockedOut", lockedUntil(s));
                case OTHER -> i18n.get("signIn.error.other", s.getMessage());
            };
        }
        LOG.error("Sign-in failed unexpectedly", e);
        return i18n.get("signIn.error.other", String.valueOf(e.getMessage()));
    }

    /// "14:05" in this computer's zone (the day is today: a lock-out lasts minutes).
    static String lockedUntil(SignInException s) {
        if (s.lockedUntil() == null) {
            return "?";
        }
        return java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(s.lockedUntil().atZone(java.time.ZoneId.systemDefault()));
    }

    /// An absolute http(s) URL that names a host.
    static boolean isHttpUrl(String s) {
        if (s == null || s.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(s.trim());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
