package com.trendythreads.opsdesk.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.report.ValidationReport;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator.Exchange;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// A contract test is only worth something if its validator rejects what breaks the contract.
/// These cases pin that down for the validator and the 3.0.3 document together.
class ContractValidatorBitesTest {

    private static final ContractValidator CONTRACT = ContractValidator.fromClasspath();

    private static final String VALID_LOCATION = """
            {"id":"WH-BER","name":"Berlin warehouse","type":"WAREHOUSE","city":"Berlin",
             "countryCode":"DE","binCount":1200,"version":3}""";

    @Test
    void aConformingResponsePasses() {
        assertThat(errors(VALID_LOCATION)).isEmpty();
    }

    @Test
    void aStringInANumberFieldFails() {
        String body = VALID_LOCATION.replace("\"binCount\":1200", "\"binCount\":\"1200\"");
        assertThat(errors(body)).anyMatch(m -> m.contains("binCount") || m.contains("type"));
    }

    @Test
    void aMissingRequiredFieldFails() {
        String body = VALID_LOCATION.replace("\"city\":\"Berlin\",", "");
        assertThat(errors(body)).anyMatch(m -> m.contains("city"));
    }

    @Test
    void anUnknownPropertyFails() {
        String body = VALID_LOCATION.replace("\"version\":3", "\"version\":3,\"secret\":\"x\"");
        assertThat(errors(body)).anyMatch(m -> m.contains("secret"));
    }

    @Test
    void aWrongEnumValueFails() {
        String body = VALID_LOCATION.replace("\"WAREHOUSE\"", "\"DEPOT\"");
        assertThat(errors(body)).anyMatch(m -> m.contains("DEPOT"));
    }

    @Test
    void aNullInANonNullableFieldFails() {
        String body = VALID_LOCATION.replace("\"name\":\"Berlin warehouse\"", "\"name\":null");
        assertThat(errors(body)).isNotEmpty();
    }

    @Test
    void anUndocumentedStatusFails() {
        Exchange e = new Exchange("GET", URI.create("/v1/locations"), Map.of(), null, 418,
                Map.of("Content-Type", List.of("application/json")), "{}");
        assertThat(CONTRACT.validateResponse(e).hasErrors()).isTrue();
    }

    @Test
    void aPathThatIsNotInTheContractFails() {
        Exchange e = new Exchange("GET", URI.create("/v1/nowhere"), Map.of(), null, 200,
                Map.of("Content-Type", List.of("application/json")), "{}");
        assertThat(CONTRACT.validateResponse(e).hasErrors()).isTrue();
    }

    private static List<String> errors(String locationJson) {
        String page = "{\"items\":[" + locationJson + "],\"nextCursor\":null,\"changeToken\":\"42\"}";
        Exchange e = new Exchange("GET", URI.create("/v1/locations"), Map.of(), null, 200,
                Map.of("Content-Type", List.of("application/json")), page);
        ValidationReport report = CONTRACT.validateResponse(e);
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + " " + m.getMessage())
                .toList();
    }
}
