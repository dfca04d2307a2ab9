package com.trendythreads.opsdesk.api.http;

import static com.trendythreads.opsdesk.api.TestSupport.clientFor;
import static com.trendythreads.opsdesk.api.TestSupport.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.TestApi;
import com.trendythreads.opsdesk.api.TestSupport.RecordingSleeper;
import java.util.UUID;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class HeaderInterceptorsTest {

    @Test
    void everyCallGetsItsOwnUuidRequestIdAndTheUserAgent() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            try (PlatformClient client = clientFor(server, new RecordingSleeper()).build()) {
                TestApi api = client.create(TestApi.class);
                server.enqueue(json(200, "{\"id\":\"a\",\"name\":\"n\",\"version\":1}"));
                server.enqueue(json(200, "{\"id\":\"a\",\"name\":\"n\",\"version\":1}"));
                api.get("a");
                api.get("a");
                RecordedRequest first = server.takeRequest();
                RecordedRequest second = server.takeRequest();
                String id1 = first.getHeaders().get("X-Request-Id");
                assertThat(UUID.fromString(id1)).isNotNull();
                assertThat(second.getHeaders().get("X-Request-Id")).isNotEqualTo(id1);
                assertThat(first.getHeaders().get("User-Agent")).isEqualTo("OpsDesk/9.9.9-test");
                assertThat(first.getHeaders().get("Authorization")).as("not signed in").isNull();
            }
        }
    }
}
