package com.trendythreads.opsdesk.views.dashboard;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/// The dashboards workspace: the KPI tiles ("Overview") and the stock dashboard ("Stock"), one tab each.
public final class DashboardView implements Activatable {

    @FXML private TabPane dashboardTabs;
    @FXML private Tab overviewTab;
    @FXML private Tab stockTab;
    @FXML private KpiBoardView overviewController;

    @Inject
    public DashboardView() {
        // the tabs' Views carry the ViewModels
    }

    @Override
    public void activate() {
        overviewController.activate();
    }

    @Override
    public void deactivate() {
        overviewController.deactivate();
    }
}
