package com.trendythreads.opsdesk.platform.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.javalin.http.Context;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    private volatile Schemas schemas;

    /// The contract read once, and each operation's JSON body schema looked up once (by operation id).
    private record Schemas(OpenAPI api, SchemaValidator validator, Map<String, Optional<Schema<?>>> bodies) {
    }

    /// Reading the contract into a validator is about a third of the platform's start (start-up benchmark,
    /// issue #12) and only JSON bodies need it, which the sign-in does not send: it is built on first use.
    public BodyValidator(String specText) {
        this.specText = specText;
    }

    private Schemas schemas() {
        Schemas s = schemas;
        if (s == null) {
            synchronized (this) {
                s = schemas;
                if (s == null) {
                    // The parse options and the loader OpenApiInteractionValidator's builder uses, and the schema
                    // validator its request validator builds: the same checks, without resolving the path, the
                    // parameters and the security of an operation the router has already found (a fifth of the
                    // platform's time per item of a batch, outbox benchmark, issue #12).
                    ParseOptions options = new ParseOptions();
                    options.setResolve(true);
                    options.setResolveFully(true);
                    options.setResolveCombinators(false);
                    OpenAPI api = new OpenApiLoader().loadApi(OpenApiInteractionValidator.SpecSource.inline(specText),
                            List.of(), options);
                    s = new Schemas(api, new SchemaValidator(api, new MessageResolver()), new ConcurrentHashMap<>());
                    schemas = s;
                }
            }
        }
        return s;
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
        Schemas s = schemas();
        Optional<Schema<?>> schema = s.bodies().computeIfAbsent(op.operationId(), id -> jsonBodySchema(s.api(), op));
        if (schema.isEmpty()) {
            return; // no JSON body in the contract: the handler ignores what came
        }
        List<FieldError> errors = new ArrayList<>();
        for (ValidationReport.Message m : s.validator().validate(body, schema.get(), "request.body").getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR && MALFORMED_KEYS.contains(m.getKey())) {
                errors.addAll(fieldErrors(m));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiError.badRequest("invalid-body", "The request body does not have the shape the contract gives it")
                    .withErrors(errors);
        }
    }

    private static Optional<Schema<?>> jsonBodySchema(OpenAPI api, Operation op) {
        PathItem item = api.getPaths() == null ? null : api.getPaths().get(op.path());
        if (item == null) {
            return Optional.empty();
        }
        io.swagger.v3.oas.models.Operation o = item.readOperationsMap()
                .get(PathItem.HttpMethod.valueOf(op.method().name()));
        RequestBody rb = o == null ? null : o.getRequestBody();
        if (rb == null || rb.getContent() == null) {
            return Optional.empty();
        }
        MediaType json = rb.getContent().get("application/json");
        return json == null || json.getSchema() == null ? Optional.empty() : Optional.<Schema<?>>of(json.getSchema());
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
