package com.trendythreads.opsdesk.views.common;

import com.trendythreads.opsdesk.viewmodels.common.UiDispatcher;
import javafx.application.Platform;

/// Hands work to the FX thread; work already on it runs at once (so a busy flag set by a command shows
/// before the background work starts).
public final class FxUiDispatcher implements UiDispatcher {

    @Override
    public void dispatch(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }
}
