package com.trendythreads.opsdesk.cache.store;

import dev.dirs.ProjectDirectories;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/// Where local data lives: one directory per user per platform under the OS's per-user data directory
/// (`~/.local/share/opsdesk` on Linux, `~/Library/Application Support/com.TrendyThreads.OpsDesk` on
/// macOS, `%APPDATA%\TrendyThreads\OpsDesk\data` on Windows).
public final class CacheLocation {

    private CacheLocation() {
    }

    /// The per-user data directory of Ops Desk by OS convention.
    public static Path dataDir() {
        return Path.of(ProjectDirectories.from("com", "TrendyThreads", "OpsDesk").dataDir);
    }

    /// The cache directory of `username` on `platformUrl` under `root`:
    /// `<root>/<host>-<port>-<hash>/<username>`. The slug keeps the directory readable; the hash of the
    /// normalised URL (scheme, host, port, path) keeps two platforms on the same host and port apart.
    public static Path dirFor(Path root, String platformUrl, String username) {
        String normalised = normalise(platformUrl);
        URI uri = URI.create(normalised);
        String slug = sanitise(uri.getHost() + "-" + uri.getPort());
        return root.resolve(slug + "-" + shortHash(normalised)).resolve(sanitise(username.toLowerCase(Locale.ROOT)));
    }

    /// Lower-case scheme and host, explicit port, no trailing slash, no query or fragment.
    static String normalise(String platformUrl) {
        URI uri = URI.create(platformUrl.trim());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("Not an absolute platform URL: " + platformUrl);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port + path;
    }

    static String sanitise(String s) {
        String out = s.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        return out.isEmpty() ? "_" : out;
    }

    private static String shortHash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
