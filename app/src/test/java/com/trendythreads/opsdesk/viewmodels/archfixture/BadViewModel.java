package com.trendythreads.opsdesk.viewmodels.archfixture;

import com.trendythreads.opsdesk.views.shell.ShellView;
import javafx.scene.control.Label;

/// Breaks the rules on purpose: ArchitectureTest proves its rules catch this (test sources only).
public class BadViewModel {

    public Label label;
    public ShellView view;
}
