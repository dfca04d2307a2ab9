package com.trendythreads.opsdesk.platform.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Checks the shape of a JSON request body against the operation's schema in the contract before any
/// handler runs.
///
/// One definition for every operation: a body whose shape the contract forbids (a wrong type, null
/// where not nullable, a value outside its enum, an unknown field) is refused here with a 400 naming
/// each field by its JSON path (`variants[0].priceCents`), so no handler can crash on, or silently
/// coerce, a shape it did not expect. A well-shaped body goes on to its handler, which reports every
/// bad value at once (lengths, ranges, patterns, required fields, and the rules the contract cannot
/// express: EAN check digits, uniqueness, state) as one 422. The test suite's bad-input probe checks
/// that together they refuse everything the contract forbids.
public final class BodyValidator {

    private static final Pattern PATH = Pattern.compile("\\[Path '([^']*)']");
    private static final Pattern NAMES = Pattern.compile("\\[((?:\"[^\"]*\",?\\s*)+)]");
    private static final Set<String> MALFORMED_KEYS = Set.of(
            "validation.request.body.schema.type",
            "validation.request.body.schema.enum",
            "validation.request.body.schema.additionalProperties",
            "validation.request.body.schema.unknown");

    private final String specText;
    private volatile OpenApiInteractionValidator validator;

    /// Reading the contract into a validator is about a third of the platform's start (start-up benchmark,
    /// issue #12) and only JSON bodies need it, which the sign-in does not send: it is built on first use.
    public BodyValidator(String specText) {
        this.specText = specText;
    }

    private OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator v = validator;
        if (v == null) {
            synchronized (this) {
                v = validator;
                if (v == null) {
                    v = OpenApiInteractionValidator.createForInlineApiSpecification(specText).build();
                    validator = v;
                }
            }
        }
        return v;
    }

    /// Throws a 400/422 [ApiError] naming every offending field when the body of `ctx` breaks the schema
    /// of `op`. Bodies other than JSON (multipart uploads, the token form) are left to their handlers.
    public void check(Context ctx, Operation op) {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return;
        }
        String body = ctx.body();
        if (body.isBlank()) {
            return; // the handler's reader names the missing body
        }
        SimpleRequest request = new SimpleRequest.Builder(op.method().name(), op.path())
                .withContentType("application/json")
                .withBody(body)
                .build();
        List<FieldError> errors = new ArrayList<>();
        for (ValidationReport.Message m : validator().validateRequest(request).getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR && MALFORMED_KEYS.contains(m.getKey())) {
                errors.addAll(fieldErrors(m));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiError.badRequest("invalid-body", "The request body does not have the shape the contract gives it")
                    .withErrors(errors);
        }
    }

    private static List<FieldError> fieldErrors(ValidationReport.Message m) {
        String text = m.getMessage();
        Matcher path = PATH.matcher(text);
        String base = path.find() ? toFieldPath(path.group(1)) : "";
        String message = PATH.matcher(text).replaceAll("").trim();
        List<FieldError> out = new ArrayList<>();
        if (m.getKey().endsWith(".required") || m.getKey().endsWith(".additionalProperties")) {
            // "Object has missing required properties (["title"])": name each property itself.
            Matcher names = NAMES.matcher(text);
            if (names.find()) {
                for (String n : names.group(1).split(",")) {
                    String name = n.trim().replace("\"", "");
                    if (!name.isEmpty()) {
                        String what = m.getKey().endsWith(".required") ? "is required" : "is not a field of this body";
                        out.add(new FieldError(base.isEmpty() ? name : base + "." + name, what));
                    }
                }
                return out;
            }
        }
        out.add(new FieldError(base.isEmpty() ? "body" : base, message));
        return out;
    }

    /// `/lines/0/quantity` → `lines[0].quantity`.
    static String toFieldPath(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String token = part.replace("~1", "/").replace("~0", "~");
            if (token.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(token).append(']');
            } else {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(token);
            }
        }
        return sb.toString();
    }
}
