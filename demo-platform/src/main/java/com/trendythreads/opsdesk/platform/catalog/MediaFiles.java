package com.trendythreads.opsdesk.platform.catalog;

import com.trendythreads.opsdesk.platform.media.SwatchRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/// Image bytes on disk, named by their SHA-256 (the same image uploaded twice is stored once), and the
/// swatches of seeded products, rendered on first download and then kept.
public final class MediaFiles {

    /// The largest upload accepted.
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String GENERATED = "generated:";
    private static final int SWATCH_WIDTH = 600;
    private static final int SWATCH_HEIGHT = 800;

    /// What an upload's magic bytes say it is.
    public record Kind(String contentType, String extension) {
    }

    /// Bytes stored: where, their hash and (when readable) their pixel size.
    public record Stored(String storagePath, String sha256, long sizeBytes, Integer width, Integer height) {
    }

    private final Path root;
    private final SwatchRenderer swatches;

    public MediaFiles(Path root, SwatchRenderer swatches) {
        this.root = root;
        this.swatches = swatches;
    }

    /// PNG, JPEG or WebP from the first bytes; empty for anything else, whatever the client claimed.
    public static Optional<Kind> detect(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of(new Kind("image/png", "png"));
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(new Kind("image/jpeg", "jpg"));
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.of(new Kind("image/webp", "webp"));
        }
        return Optional.empty();
    }

    /// Writes `bytes` under their hash unless that file already exists.
    public Stored store(byte[] bytes, Kind kind) {
        String sha = sha256(bytes);
        String relative = sha.substring(0, 2) + "/" + sha + "." + kind.extension();
        writeOnce(root.resolve(relative), bytes);
        int[] size = dimensions(bytes);
        return new Stored(relative, sha, bytes.length, size == null ? null : size[0], size == null ? null : size[1]);
    }

    /// The bytes of a stored path; `generated:<productId>:<n>` is rendered in `colour` on first use.
    public byte[] read(String storagePath, String colour) {
        Path file;
        if (storagePath.startsWith(GENERATED)) {
            String[] parts = storagePath.substring(GENERATED.length()).split(":");
            int variant = parts.length > 1 ? parseOr(parts[1], 0) : 0;
            file = root.resolve("generated").resolve(safe(parts[0]) + "-" + variant + ".png");
            if (!Files.exists(file)) {
                writeOnce(file, swatches.render(colour, variant, SWATCH_WIDTH, SWATCH_HEIGHT));
            }
        } else {
            file = root.resolve(storagePath).normalize();
            if (!file.startsWith(root.normalize())) {
                throw new IllegalStateException("Media path escapes the media directory: " + storagePath);
            }
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read media " + storagePath, e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int[] dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A truncated or exotic image still uploads; it just has no known size.
            return null;
        }
    }

    /// Writes through a temp file and a move, so a concurrent reader never sees half an image.
    private static void writeOnce(Path target, byte[] bytes) {
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store media " + target, e);
        }
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static int parseOr(String s, int fallback) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
