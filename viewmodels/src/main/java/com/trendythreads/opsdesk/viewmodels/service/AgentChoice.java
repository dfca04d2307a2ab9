package com.trendythreads.opsdesk.viewmodels.service;

/// A choice in the assignee picker; `id` null is "nobody".
public record AgentChoice(String id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
