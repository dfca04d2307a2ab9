package com.trendythreads.opsdesk.viewmodels.catalog.jobs;

/// One row of the recent catalog jobs: what, who and when, how far it got, and whether it can be undone.
public record JobItem(long id, String description, String detail, String state, boolean undoable) {
}
