package com.trendythreads.opsdesk.cache.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Base64;

/// The plain `cache.json` next to the database: what is needed to derive the key again and to say whose
/// data it is. Nothing secret: the salt and iteration count are public inputs of the KDF.
///
/// @param formatVersion this file's format (1)
/// @param kdf           `PBKDF2WithHmacSHA256`
/// @param iterations    PBKDF2 iterations the key was derived with
/// @param salt          Base64 of the 16-byte salt
/// @param platformUrl   the platform the data came from
/// @param username      the user it belongs to
/// @param createdAt     when the cache was created
public record CacheMeta(int formatVersion, String kdf, int iterations, String salt, String platformUrl,
                        String username, Instant createdAt) {

    public static final String FILE_NAME = "cache.json";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = Json.mapper();

    static CacheMeta create(String platformUrl, String username, int iterations) {
        return new CacheMeta(FORMAT_VERSION, CacheKey.KDF, iterations,
                Base64.getEncoder().encodeToString(CacheKey.newSalt()), platformUrl, username, Instant.now());
    }

    public byte[] saltBytes() {
        return Base64.getDecoder().decode(salt);
    }

    static Path file(Path dir) {
        return dir.resolve(FILE_NAME);
    }

    static CacheMeta read(Path dir) {
        try {
            CacheMeta meta = MAPPER.readValue(file(dir).toFile(), CacheMeta.class);
            if (meta.formatVersion() != FORMAT_VERSION || !CacheKey.KDF.equals(meta.kdf())) {
                throw new CacheException("The local data in " + dir + " has an unknown format (" + meta.formatVersion()
                        + ", " + meta.kdf() + "); it was written by a newer Ops Desk");
            }
            return meta;
        } catch (IOException e) {
            throw new CacheException("Cannot read " + file(dir), e);
        }
    }

    /// Written to a temporary file and moved into place, so a crash never leaves half a file.
    void write(Path dir) {
        Path target = file(dir);
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        try {
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CacheException("Cannot write " + target, e);
        }
    }
}
