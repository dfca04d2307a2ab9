package com.trendythreads.opsdesk.api;

import java.util.Objects;

/// A resource with its version, for an endpoint declared as returning `Versioned<T>`.
///
/// @param body    the resource
/// @param etag    the ETag exactly as the platform sent it (`"7"`); pass it as `If-Match`
/// @param version the version parsed from the ETag
public record Versioned<T>(T body, String etag, long version) {

    public Versioned {
        Objects.requireNonNull(etag, "etag");
    }

    /// The value to send as `If-Match` when changing this resource.
    public String ifMatch() {
        return etag;
    }
}
