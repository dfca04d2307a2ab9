package com.trendythreads.opsdesk.viewmodels.session;

import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/// Remembers the display name, roles and permissions (the contract operationIds from `/v1/me`) of users who
/// signed in online, so that an offline sign-in shows the right workspaces and actions. Not secret (the
/// same as a user directory or the contract's role matrix); kept in the settings as
/// `displayName|ROLE,ROLE|operationId,operationId`.
public final class KnownUsers {

    private final SettingsStore settings;

    @Inject
    public KnownUsers(SettingsStore settings) {
        this.settings = settings;
    }

    public void remember(String platformUrl, SessionUser user) {
        settings.put(key(platformUrl, user.username()), user.displayName() + "|" + String.join(",", user.roles())
                + "|" + String.join(",", new TreeSet<>(user.permissions())));
    }

    public Optional<SessionUser> find(String platformUrl, String username) {
        return settings.get(key(platformUrl, username)).map(v -> {
            // An entry written before permissions were remembered has two parts: no permissions then.
            String[] parts = v.split("\\|", 3);
            return new SessionUser(username, parts[0], list(parts, 1), Set.copyOf(list(parts, 2)));
        });
    }

    private static List<String> list(String[] parts, int i) {
        return parts.length <= i || parts[i].isBlank() ? List.of() : Arrays.asList(parts[i].split(","));
    }

    private static String key(String platformUrl, String username) {
        String url = platformUrl.trim().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
        return "knownUser." + username.toLowerCase(Locale.ROOT) + "@" + url;
    }
}
