package com.trendythreads.opsdesk.cache.store;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/// The two secrets H2 needs for an encrypted database, derived from the user's password.
///
/// PBKDF2WithHmacSHA256 (from the JDK) over the password with a random 16-byte salt gives 64 bytes:
/// the first 32 are the file encryption key (`CIPHER=AES`), the last 32 the database user's password.
/// Both are passed to H2 as hex, joined by a space (`"<file key> <user password>"`), which is H2's
/// convention for an encrypted file. Neither secret is ever written to disk; the salt and the
/// iteration count are, in `cache.json`.
public final class CacheKey {

    public static final String KDF = "PBKDF2WithHmacSHA256";
    public static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 64 * 8;

    private final String fileKeyHex;
    private final String userPasswordHex;

    private CacheKey(String fileKeyHex, String userPasswordHex) {
        this.fileKeyHex = fileKeyHex;
        this.userPasswordHex = userPasswordHex;
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /// Derives the key; `password` is not modified (the caller owns and may wipe it).
    ///
    /// The 64 bytes are PBKDF2's two blocks, each a full run of the iterations and independent of the other
    /// (RFC 8018, 5.2). The JDK computes them one after the other; here the second runs on a thread of its
    /// own, which halves the wait on a machine with a core to spare (start-up time, issue #12). The bytes are
    /// the JDK's own, as CacheLocationAndKeyTest checks against one 64-byte derivation by the JDK.
    public static CacheKey derive(char[] password, byte[] salt, int iterations) {
        if (password.length == 0) {
            // HMAC keys cannot be empty outside the JDK's own PBKDF2; nobody waits on this case
            return fromBytes(jdk(password, salt, iterations, KEY_BITS));
        }
        byte[] second = new byte[32];
        CompletableFuture<Void> secondBlock = new CompletableFuture<>();
        byte[] passwordBytes = utf8(password);
        Thread.ofPlatform().daemon().name("cache-key-block-2").start(() -> {
            try {
                block(passwordBytes, salt, iterations, 2, second);
                secondBlock.complete(null);
            } catch (RuntimeException | Error e) {
                secondBlock.completeExceptionally(e);
            } finally {
                Arrays.fill(passwordBytes, (byte) 0);
            }
        });
        byte[] first = null;
        byte[] bytes = new byte[64];
        try {
            // the first block is exactly a 32-byte derivation
            first = jdk(password, salt, iterations, 32 * 8);
            secondBlock.join();
            System.arraycopy(first, 0, bytes, 0, 32);
            System.arraycopy(second, 0, bytes, 32, 32);
            return fromBytes(bytes);
        } catch (java.util.concurrent.CompletionException e) {
            throw new CacheException("This Java runtime cannot derive the cache key (" + KDF + ")", e.getCause());
        } finally {
            if (first != null) {
                Arrays.fill(first, (byte) 0);
            }
            Arrays.fill(second, (byte) 0);
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static CacheKey fromBytes(byte[] bytes) {
        HexFormat hex = HexFormat.of();
        return new CacheKey(hex.formatHex(bytes, 0, 32), hex.formatHex(bytes, 32, 64));
    }

    /// PBKDF2 from the JDK, `bits` long (the caller wipes the result).
    static byte[] jdk(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new CacheException("This Java runtime cannot derive the cache key (" + KDF + ")", e);
        } finally {
            spec.clearPassword();
        }
    }

    /// Block `index` of PBKDF2-HMAC-SHA256 into `out` (32 bytes): U1 = HMAC(P, S || INT(index)),
    /// Uj = HMAC(P, Uj-1), T = U1 xor … xor Uc.
    private static void block(byte[] password, byte[] salt, int iterations, int index, byte[] out) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(password, "HmacSHA256"));
            byte[] u = new byte[32];
            mac.update(salt);
            mac.update(new byte[] {(byte) (index >>> 24), (byte) (index >>> 16), (byte) (index >>> 8), (byte) index});
            mac.doFinal(u, 0);
            System.arraycopy(u, 0, out, 0, 32);
            for (int i = 1; i < iterations; i++) {
                mac.update(u);
                mac.doFinal(u, 0);
                for (int j = 0; j < 32; j++) {
                    out[j] ^= u[j];
                }
            }
            Arrays.fill(u, (byte) 0);
        } catch (GeneralSecurityException e) {
            throw new CacheException("This Java runtime cannot derive the cache key (" + KDF + ")", e);
        }
    }

    /// The password as PBKDF2 from the JDK hashes it: UTF-8.
    private static byte[] utf8(char[] password) {
        java.nio.ByteBuffer encoded = java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }

    /// The file key, hex (64 characters).
    public String fileKeyHex() {
        return fileKeyHex;
    }

    /// The database user's password, hex (64 characters).
    public String userPasswordHex() {
        return userPasswordHex;
    }

    /// What H2 takes as the password of a `CIPHER=AES` database.
    public String h2Password() {
        return fileKeyHex + " " + userPasswordHex;
    }

    @Override
    public String toString() {
        return "CacheKey[redacted]";
    }
}
