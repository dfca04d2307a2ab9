package com.trendythreads.opsdesk.viewmodels.shell;

/// A navigation entry: the workspace id and its name in the user's language.
public record WorkspaceItem(String id, String title) {

    @Override
    public String toString() {
        return title;
    }
}
