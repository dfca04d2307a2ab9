package com.trendythreads.opsdesk.api.error;

/// One invalid input field of a validation problem (`errors[]` in problem+json).
///
/// @param field   the JSON name or path of the field, e.g. `priceCents` or `lines[2].qty`
/// @param message why it is invalid, for humans
public record FieldError(String field, String message) {
}
