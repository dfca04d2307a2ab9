package com.trendythreads.opsdesk.viewmodels.dashboard;

/// One entry of a dashboard filter (`id` null: everything).
public record FilterChoice(String id, String label) {
    @Override
    public String toString() {
        return label;
    }
}
