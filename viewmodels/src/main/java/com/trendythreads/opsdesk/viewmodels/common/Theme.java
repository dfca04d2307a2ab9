package com.trendythreads.opsdesk.viewmodels.common;

/// The look of the app (AtlantaFX Primer light or dark).
public enum Theme {
    LIGHT, DARK
}
