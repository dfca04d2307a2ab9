package com.trendythreads.opsdesk.cache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CacheLocationAndKeyTest {

    private final Path root = Path.of("/data/opsdesk");

    @Test
    void oneDirectoryPerUserPerPlatform() {
        Path a = CacheLocation.dirFor(root, "https://ops.trendythreads.example/", "mia.merch");
        assertThat(a.getParent().getParent()).isEqualTo(root);
        assertThat(a.getParent().getFileName().toString()).matches("ops\\.trendythreads\\.example-443-[0-9a-f]{8}");
        assertThat(a.getFileName().toString()).isEqualTo("mia.merch");

        // The same platform written differently is the same directory ...
        assertThat(CacheLocation.dirFor(root, "HTTPS://Ops.TrendyThreads.example:443", "Mia.Merch")).isEqualTo(a);
        // ... another user, port or path is another one.
        assertThat(CacheLocation.dirFor(root, "https://ops.trendythreads.example/", "sam.support")).isNotEqualTo(a);
        assertThat(CacheLocation.dirFor(root, "https://ops.trendythreads.example:8443/", "mia.merch").getParent())
                .isNotEqualTo(a.getParent());
        assertThat(CacheLocation.dirFor(root, "https://ops.trendythreads.example/eu", "mia.merch").getParent())
                .isNotEqualTo(a.getParent());
        assertThat(CacheLocation.dirFor(root, "http://127.0.0.1:8080/", "x").getParent().getFileName().toString())
                .startsWith("127.0.0.1-8080-");
    }

    @Test
    void usernamesCannotEscapeTheDirectory() {
        Path d = CacheLocation.dirFor(root, "http://127.0.0.1:8080/", "../../etc/passwd");
        assertThat(d.normalize().startsWith(root)).isTrue();
        assertThat(d.getParent().getParent()).isEqualTo(root);
        assertThat(d.getFileName().toString()).doesNotContain("/").doesNotStartWith(".");
    }

    @Test
    void theDataDirFollowsTheOsConvention() {
        Path dataDir = CacheLocation.dataDir();
        assertThat(dataDir.isAbsolute()).isTrue();
        assertThat(dataDir.toString().toLowerCase()).contains("opsdesk");
    }

    @Test
    void theKeyIsDeterministicPerSaltAndSplitsIntoTwoSecrets() {
        byte[] salt = CacheKey.newSalt();
        CacheKey k1 = CacheKey.derive("demo".toCharArray(), salt, 1_000);
        CacheKey k2 = CacheKey.derive("demo".toCharArray(), salt, 1_000);
        assertThat(salt).hasSize(16);
        assertThat(k1.fileKeyHex()).hasSize(64).matches("[0-9a-f]+").isEqualTo(k2.fileKeyHex());
        assertThat(k1.userPasswordHex()).hasSize(64).isEqualTo(k2.userPasswordHex()).isNotEqualTo(k1.fileKeyHex());
        assertThat(k1.h2Password()).isEqualTo(k1.fileKeyHex() + " " + k1.userPasswordHex());
        assertThat(k1.toString()).doesNotContain(k1.fileKeyHex());

        assertThat(CacheKey.derive("demo".toCharArray(), CacheKey.newSalt(), 1_000).fileKeyHex()).isNotEqualTo(k1.fileKeyHex());
        assertThat(CacheKey.derive("demo".toCharArray(), salt, 1_001).fileKeyHex()).isNotEqualTo(k1.fileKeyHex());
        assertThat(CacheKey.derive("Demo".toCharArray(), salt, 1_000).fileKeyHex()).isNotEqualTo(k1.fileKeyHex());
        assertThat(CacheOptions.defaults().kdfIterations()).isEqualTo(600_000);
    }

    /// The key's two halves are derived on two threads; together they must be exactly the JDK's 64-byte
    /// PBKDF2, or caches made before (and every other PBKDF2) would no longer unlock.
    @Test
    void theKeyIsTheJdksPbkdf2OfSixtyFourBytes() {
        byte[] salt = java.util.HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
        for (String password : new String[] {"demo", "pässwörd €", "", "a-much-longer-password-than-most-people-type"}) {
            CacheKey key = CacheKey.derive(password.toCharArray(), salt, 1_234);
            byte[] jdk = CacheKey.jdk(password.toCharArray(), salt, 1_234, 64 * 8);
            java.util.HexFormat hex = java.util.HexFormat.of();
            assertThat(key.fileKeyHex()).as("file key of '%s'", password).isEqualTo(hex.formatHex(jdk, 0, 32));
            assertThat(key.userPasswordHex()).as("user password of '%s'", password).isEqualTo(hex.formatHex(jdk, 32, 64));
        }
    }
}
