package com.trendythreads.opsdesk.cache.media;

import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.service.CatalogApi;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Product images in the user's encrypted cache (`media_content`, V4): each image is fetched from
/// `GET /v1/media/{id}/content` once and read locally afterwards (an id's bytes never change). Images
/// added on this desk and not yet uploaded (`local-media-…`) are read from their queued upload.
public final class MediaStore implements MediaContent {

    private static final Logger LOG = LoggerFactory.getLogger(MediaStore.class);

    /// Fetches an image's bytes from the platform; throws an `ApiProblem` when it cannot.
    @FunctionalInterface
    public interface Fetcher {
        Fetched fetch(String mediaId) throws IOException;
    }

    /// Bytes as the platform sent them.
    public record Fetched(String contentType, byte[] bytes) {
    }

    private final CacheDatabase db;
    private final Fetcher fetcher;
    private final Clock clock;

    public MediaStore(CacheDatabase db, Fetcher fetcher, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// A store that fetches through the typed catalog service.
    public static MediaStore over(CacheDatabase db, CatalogApi catalog, Clock clock) {
        return new MediaStore(db, id -> {
            try (ResponseBody body = catalog.getMediaContent(id)) {
                return new Fetched(body.contentType() == null ? null : body.contentType().toString(), body.bytes());
            }
        }, clock);
    }

    @Override
    public Optional<byte[]> content(String mediaId) {
        if (mediaId == null || mediaId.isBlank()) {
            return Optional.empty();
        }
        if (mediaId.startsWith(LocalEdits.LOCAL_MEDIA_PREFIX)) {
            return db.read(h -> h.createQuery("SELECT bytes FROM media_upload WHERE media_id = :id")
                    .bind("id", mediaId).mapTo(byte[].class).findOne());
        }
        Optional<byte[]> cached = cached(mediaId);
        if (cached.isPresent()) {
            return cached;
        }
        Fetched f;
        try {
            f = fetcher.fetch(mediaId);
        } catch (ApiProblem | IOException e) {
            LOG.debug("Image {} is not cached and could not be fetched: {}", mediaId, e.getMessage());
            return Optional.empty();
        }
        if (f == null || f.bytes() == null || f.bytes().length == 0) {
            return Optional.empty();
        }
        db.write(tx -> tx.handle().createUpdate("MERGE INTO media_content (media_id, content_type, bytes, fetched_at) "
                        + "KEY (media_id) VALUES (:id, :type, :bytes, :at)")
                .bind("id", mediaId).bind("type", f.contentType()).bind("bytes", f.bytes())
                .bind("at", clock.instant().atOffset(ZoneOffset.UTC)).execute());
        return Optional.of(f.bytes());
    }

    /// The image when it is already in the local cache; never fetches.
    public Optional<byte[]> cached(String mediaId) {
        return db.read(h -> h.createQuery("SELECT bytes FROM media_content WHERE media_id = :id")
                .bind("id", mediaId).mapTo(byte[].class).findOne());
    }
}
