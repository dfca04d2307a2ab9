package com.trendythreads.opsdesk.app;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.Provides;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.common.UiDispatcher;
import com.trendythreads.opsdesk.views.common.ControllerFactory;
import com.trendythreads.opsdesk.views.common.FxNotifier;
import com.trendythreads.opsdesk.views.common.FxUiDispatcher;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;

/// The views layer: FX thread dispatch, the notifier, and controllers made by the injector.
public final class ViewsModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(UiDispatcher.class).to(FxUiDispatcher.class).in(Singleton.class);
        bind(Notifier.class).to(FxNotifier.class);
    }

    @Provides
    ControllerFactory controllerFactory(Injector injector) {
        return injector::getInstance;
    }

    /// Background work on virtual threads, results on the FX thread.
    @Provides
    @Singleton
    TaskRunner taskRunner(ExecutorService background, UiDispatcher ui) {
        return new TaskRunner(background, ui);
    }
}
