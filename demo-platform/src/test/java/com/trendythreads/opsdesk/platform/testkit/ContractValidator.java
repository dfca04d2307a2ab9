package com.trendythreads.opsdesk.platform.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/// Checks one HTTP exchange against `openapi.yaml` with swagger-request-validator.
///
/// The contract is OpenAPI 3.0.3 on purpose: on 3.1 this validator silently skips type and
/// `additionalProperties` checks (see ARCHITECTURE.md). `ContractValidatorBitesTest` proves that it
/// still rejects a wrong type, a missing required field and an unknown property.
public final class ContractValidator {

    private final OpenApiInteractionValidator validator;

    private ContractValidator(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /// The contract as shipped in the api-client jar.
    public static ContractValidator fromClasspath() {
        return new ContractValidator(OpenApiInteractionValidator
                .createForInlineApiSpecification(loadSpec())
                .withLevelResolver(LevelResolver.create()
                        // Requests are checked for what the server must reject itself (bad-input tests
                        // send invalid bodies on purpose), so only responses must be perfect there.
                        .build())
                .withStrictOperationPathMatching()
                .build());
    }

    public static String loadSpec() {
        try (InputStream in = ContractValidator.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// One exchange as seen on the wire.
    public record Exchange(
            String method,
            URI uri,
            Map<String, List<String>> requestHeaders,
            String requestBody,
            int status,
            Map<String, List<String>> responseHeaders,
            String responseBody) {
    }

    public ValidationReport validateRequest(Exchange e) {
        return validator.validateRequest(toRequest(e));
    }

    public ValidationReport validateResponse(Exchange e) {
        return validator.validateResponse(e.uri().getPath(), Request.Method.valueOf(e.method()), toResponse(e));
    }

    public ValidationReport validate(Exchange e) {
        return validator.validate(toRequest(e), toResponse(e));
    }

    /// Fails with every message when the response does not match the contract.
    public void assertResponseValid(Exchange e) {
        ValidationReport report = validateResponse(e);
        if (report.hasErrors()) {
            throw new AssertionError("Response of " + e.method() + " " + e.uri() + " (" + e.status()
                    + ") breaks the contract:\n" + describe(report) + "\nbody: " + abbreviate(e.responseBody()));
        }
    }

    /// Fails when the request does not match the contract.
    public void assertRequestValid(Exchange e) {
        ValidationReport report = validateRequest(e);
        if (report.hasErrors()) {
            throw new AssertionError("Request " + e.method() + " " + e.uri() + " breaks the contract but was accepted ("
                    + e.status() + "):\n" + describe(report) + "\nrequest body: " + abbreviate(e.requestBody()));
        }
    }

    /// Fails when either side of the exchange does not match the contract.
    public void assertValid(Exchange e) {
        ValidationReport report = validate(e);
        if (report.hasErrors()) {
            throw new AssertionError(e.method() + " " + e.uri() + " (" + e.status() + ") breaks the contract:\n"
                    + describe(report) + "\nresponse body: " + abbreviate(e.responseBody()));
        }
    }

    public static String describe(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> "  - [" + m.getKey() + "] " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "<none>";
        }
        return body.length() > 2_000 ? body.substring(0, 2_000) + "…" : body;
    }

    private static SimpleRequest toRequest(Exchange e) {
        SimpleRequest.Builder b = new SimpleRequest.Builder(e.method(), e.uri().getPath());
        e.requestHeaders().forEach(b::withHeader);
        String query = e.uri().getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                b.withQueryParam(name, value);
            }
        }
        if (e.requestBody() != null) {
            b.withBody(e.requestBody());
        }
        return b.build();
    }

    private static SimpleResponse toResponse(Exchange e) {
        SimpleResponse.Builder b = new SimpleResponse.Builder(e.status());
        e.responseHeaders().forEach(b::withHeader);
        if (e.responseBody() != null && !e.responseBody().isEmpty()) {
            b.withBody(e.responseBody());
        }
        return b.build();
    }
}
