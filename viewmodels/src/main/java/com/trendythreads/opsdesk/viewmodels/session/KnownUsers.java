package com.trendythreads.opsdesk.viewmodels.session;

import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/// Remembers the display name and roles of users who signed in online, so that an offline sign-in shows
/// the right workspaces. Not secret (the same as a user directory); kept in the settings.
public final class KnownUsers {

    private final SettingsStore settings;

    @Inject
    public KnownUsers(SettingsStore settings) {
        this.settings = settings;
    }

    public void remember(String platformUrl, SessionUser user) {
        settings.put(key(platformUrl, user.username()), user.displayName() + "|" + String.join(",", user.roles()));
    }

    public Optional<SessionUser> find(String platformUrl, String username) {
        return settings.get(key(platformUrl, username)).map(v -> {
            String[] parts = v.split("\\|", 2);
            List<String> roles = parts.length < 2 || parts[1].isBlank() ? List.of() : Arrays.asList(parts[1].split(","));
            return new SessionUser(username, parts[0], roles, Set.of());
        });
    }

    private static String key(String platformUrl, String username) {
        String url = platformUrl.trim().replaceAll("/+$", "").toLowerCase(Locale.ROOT);
        return "knownUser." + username.toLowerCase(Locale.ROOT) + "@" + url;
    }
}
