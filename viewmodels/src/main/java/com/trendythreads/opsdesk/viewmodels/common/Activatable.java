package com.trendythreads.opsdesk.viewmodels.common;

/// A ViewModel that listens to long-lived services while its screen is shown: listeners are attached
/// in [#activate()] and removed in [#deactivate()], so a closed screen leaks nothing.
public interface Activatable {

    void activate();

    void deactivate();
}
