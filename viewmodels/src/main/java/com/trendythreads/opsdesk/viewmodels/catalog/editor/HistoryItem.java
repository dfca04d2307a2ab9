package com.trendythreads.opsdesk.viewmodels.catalog.editor;

/// One line of the product's history as this desk knows it.
///
/// @param when  formatted in the user's locale
/// @param who   the desk's user, or the platform for versions seen from it
/// @param what  the edit (which fields) or what the platform said
/// @param state queued, sent, conflict, refused, … in the user's words
public record HistoryItem(String when, String who, String what, String state) {
}
