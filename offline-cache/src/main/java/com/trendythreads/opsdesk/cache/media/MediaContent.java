package com.trendythreads.opsdesk.cache.media;

import java.util.Optional;

/// The bytes of a product image, for thumbnails and the editor's gallery. Blocking: call it from a
/// background task.
public interface MediaContent {

    /// Nothing is cached and nothing can be fetched (tests, or before the store exists).
    MediaContent NONE = mediaId -> Optional.empty();

    /// The image from the local cache, fetched from the platform and cached first when it is not
    /// there yet and the platform answers; empty when neither has it.
    Optional<byte[]> content(String mediaId);
}
