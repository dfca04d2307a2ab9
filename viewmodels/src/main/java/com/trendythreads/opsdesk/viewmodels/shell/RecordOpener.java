package com.trendythreads.opsdesk.viewmodels.shell;

/// A workspace screen that can open one of its records when another workspace leads to it
/// ([WorkspaceLinks]).
public interface RecordOpener {

    /// Opens `recordId` (as [WorkspaceLinks.Link] describes it) in this workspace.
    void openRecord(String recordId);
}
