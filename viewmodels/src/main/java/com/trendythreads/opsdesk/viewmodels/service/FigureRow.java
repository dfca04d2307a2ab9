package com.trendythreads.opsdesk.viewmodels.service;

/// One support figure for the signed-in agent and for the team, as texts.
public record FigureRow(String name, String mine, String team, String definition) {
}
