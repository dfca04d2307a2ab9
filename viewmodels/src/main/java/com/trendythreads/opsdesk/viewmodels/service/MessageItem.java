package com.trendythreads.opsdesk.viewmodels.service;

/// One entry of a ticket's conversation as shown.
///
/// @param kind       who speaks, or the hand-off marker between the bot transcript and the ticket
/// @param transcript part of the chatbot conversation before the hand-off
/// @param queued     written here, not confirmed by the platform yet
/// @param meta       "Sam Support · 12 Mar 14:05" plus "queued" / "internal note"
public record MessageItem(Kind kind, boolean transcript, String author, String body, String meta, boolean queued) {

    public enum Kind { CUSTOMER, AGENT, NOTE, BOT, HANDOFF }
}
