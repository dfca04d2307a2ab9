package com.trendythreads.opsdesk.platform.http;

/// One entry of a problem's `errors[]`: which field (JSON path, query parameter or header name) and what is wrong.
public record FieldError(String field, String message) {}
