package com.trendythreads.opsdesk.platform.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/// PBKDF2-HMAC-SHA256 password hashes, stored as `pbkdf2-sha256$<iterations>$<salt>$<hash>` (base64), so the
/// iteration count can change without invalidating stored hashes.
public final class PasswordHasher {

    /// OWASP's 2021 figure for PBKDF2-HMAC-SHA256. (Its 2023 figure, 600,000, would make the first start —
    /// six demo users — and every login cost seconds on a 2-core machine, for demo passwords that are `demo`.)
    public static final int DEFAULT_ITERATIONS = 210_000;

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int KEY_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    private final String dummyHash;

    public PasswordHasher(int iterations) {
        if (iterations < 1) throw new IllegalArgumentException("iterations must be positive");
        this.iterations = iterations;
        // A random salt and a random "hash": checking a password against it derives a key with the same
        // iterations as a real check, and nothing matches it. Deriving a real dummy hash here cost every
        // platform start a full PBKDF2 run (a sixth of a demo start's CPU before the sign-in screen is usable).
        byte[] salt = new byte[16];
        byte[] derived = new byte[KEY_BITS / 8];
        random.nextBytes(salt);
        random.nextBytes(derived);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        this.dummyHash = PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] derived = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
    }

    public boolean verify(char[] password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) return false;
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    /// Spends the same time as a real check, so an unknown username cannot be told apart by timing.
    public void verifyDummy(char[] password) {
        verify(password, dummyHash);
    }

    /// What [#verifyDummy] checks against (tests).
    String dummyHash() {
        return dummyHash;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }
}
