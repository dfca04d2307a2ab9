package com.trendythreads.opsdesk.views.common;

import javafx.util.Callback;

/// Creates FXML controllers (Views). The app binds it to the Guice injector, so every View receives its
/// ViewModel in its constructor.
public interface ControllerFactory extends Callback<Class<?>, Object> {
}
