package com.trendythreads.opsdesk.platform.changes;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/// One change-feed entry as the caller sees it (data masked for the caller's role).
public record Change(String token, String resource, String id, String op, long version, Instant at, JsonNode data) {}
