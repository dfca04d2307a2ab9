package com.trendythreads.opsdesk.platform.orders;

import java.util.List;

/// A list response of the contract: `{items, nextCursor, changeToken}`.
public record Page<T>(List<T> items, String nextCursor, String changeToken) {
}
