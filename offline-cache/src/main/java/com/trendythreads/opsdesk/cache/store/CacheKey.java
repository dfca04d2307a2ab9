package com.trendythreads.opsdesk.cache.store;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

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
    public static CacheKey derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        byte[] bytes = null;
        try {
            bytes = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
            HexFormat hex = HexFormat.of();
            return new CacheKey(hex.formatHex(bytes, 0, 32), hex.formatHex(bytes, 32, 64));
        } catch (GeneralSecurityException e) {
            throw new CacheException("This Java runtime cannot derive the cache key (" + KDF + ")", e);
        } finally {
            spec.clearPassword();
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
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
