package com.trendythreads.opsdesk.platform.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/// Collects field errors and throws them all at once as one problem.
///
/// Which status: [#forBody()] answers **422** (`validation-failed`): the request was well-formed JSON of
/// the right shape, but its values break a rule (blank title, negative price). [#forRequest()] answers
/// **400** (`invalid-request`): the request itself is malformed — a query parameter or header that cannot be
/// parsed. Malformed JSON never reaches a Validation: [Json#read] already answers 400 for it.
///
/// ```java
/// var v = Validation.forBody();
/// v.require("title", body.title()).maxLength("title", body.title(), 200).min("priceCents", body.priceCents(), 0);
/// v.throwIfAny();
/// ```
public final class Validation {

    private final int status;
    private final String slug;
    private final List<FieldError> errors = new ArrayList<>();

    private Validation(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    /// Semantic validation of a well-formed body → 422.
    public static Validation forBody() { return new Validation(422, "validation-failed"); }

    /// Syntax of query parameters / headers → 400.
    public static Validation forRequest() { return new Validation(400, "invalid-request"); }

    /// Fails when `value` is null, or a blank string, or an empty collection.
    public Validation require(String field, Object value) {
        boolean missing = value == null
                || (value instanceof CharSequence s && s.toString().isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
        return check(!missing, field, "is required");
    }

    public Validation maxLength(String field, String value, int max) {
        return check(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    public Validation min(String field, Number value, long min) {
        return check(value == null || value.longValue() >= min, field, "must be at least " + min);
    }

    public Validation max(String field, Number value, long max) {
        return check(value == null || value.longValue() <= max, field, "must be at most " + max);
    }

    public Validation pattern(String field, String value, String regex, String description) {
        return check(value == null || value.matches(regex), field, "must be " + description);
    }

    public Validation check(boolean ok, String field, String message) {
        if (!ok) errors.add(new FieldError(field, message));
        return this;
    }

    public boolean hasErrors() { return !errors.isEmpty(); }

    public List<FieldError> errors() { return List.copyOf(errors); }

    public void throwIfAny() {
        if (errors.isEmpty()) return;
        String detail = errors.size() == 1
                ? errors.getFirst().field() + " " + errors.getFirst().message()
                : errors.size() + " fields are invalid";
        throw new ApiError(status, slug, status == 422 ? "Validation failed" : "Invalid request", detail)
                .withErrors(errors);
    }
}
