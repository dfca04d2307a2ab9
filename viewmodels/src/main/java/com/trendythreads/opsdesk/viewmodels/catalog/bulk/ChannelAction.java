package com.trendythreads.opsdesk.viewmodels.catalog.bulk;

/// Publish to a channel, or take the products off it.
public enum ChannelAction {
    ADD, REMOVE
}
