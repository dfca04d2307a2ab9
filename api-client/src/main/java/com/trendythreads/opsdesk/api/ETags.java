package com.trendythreads.opsdesk.api;

import java.util.OptionalLong;

/// The platform's ETags are the resource version as a strong, quoted string: `"<version>"`.
public final class ETags {

    private ETags() {
    }

    /// The `If-Match` / ETag value for a version: `7` → `"7"` (with the quotes).
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /// The version inside an ETag (`"7"`, also tolerating a weak `W/"7"`), empty when the value
    /// is absent or not a version number.
    public static OptionalLong version(String etag) {
        if (etag == null) {
            return OptionalLong.empty();
        }
        String value = etag.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            return OptionalLong.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
