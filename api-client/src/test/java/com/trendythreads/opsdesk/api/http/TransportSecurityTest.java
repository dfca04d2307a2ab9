package com.trendythreads.opsdesk.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trendythreads.opsdesk.api.PlatformClient;
import okhttp3.ConnectionSpec;
import org.junit.jupiter.api.Test;

/// A platform at an https URL gets OkHttp's TLS defaults; one at an http URL (the demo's) is spoken to in
/// cleartext only, so the client does not load a trust store it never uses (start-up time, issue #12).
class TransportSecurityTest {

    @Test
    void anHttpsPlatformIsReachedOverTlsWithTheDefaultTrustStore() {
        try (PlatformClient client = PlatformClient.builder().baseUrl("https://platform.example/").build()) {
            assertThat(client.httpClient().connectionSpecs()).contains(ConnectionSpec.MODERN_TLS);
            assertThat(client.httpClient().x509TrustManager()).as("the JDK's trust store").isNotNull();
        }
    }

    @Test
    void anHttpPlatformIsReachedInCleartextOnlyWithNoTlsSetUp() {
        try (PlatformClient client = PlatformClient.builder().baseUrl("http://127.0.0.1:7070/").build()) {
            assertThat(client.httpClient().connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
            assertThat(client.httpClient().x509TrustManager()).isNull();
            assertThatThrownBy(() -> client.httpClient().sslSocketFactory())
                    .as("an https request through this client fails instead of going out")
                    .isInstanceOf(IllegalStateException.class);
        }
    }
}
