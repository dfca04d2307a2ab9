package com.trendythreads.opsdesk.platform.writes;

import java.util.Map;

/// A write's answer as sent (and as stored for idempotent replay). `body` is JSON text or null.
public record StoredResponse(int status, Map<String, String> headers, String body, boolean replayed) {}
