package com.trendythreads.opsdesk.viewmodels.shell;

/// One thing the command palette can do.
///
/// @param category "Workspace" or "Action", in the user's language
public record PaletteEntry(String title, String category, Runnable action) {
}
