package com.trendythreads.opsdesk.views.dashboard;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/// The dashboards workspace: the KPI tiles ("Overview") and the stock dashboard ("Stock"), one tab each.
/// The stock dashboard listens to the live stock only while its tab is shown.
public final class DashboardView implements Activatable {

    @FXML private TabPane dashboardTabs;
    @FXML private Tab overviewTab;
    @FXML private Tab stockTab;
    @FXML private KpiBoardView overviewController;
    @FXML private StockDashboardView stockController;
    private boolean active;

    @Inject
    public DashboardView() {
        // the tabs' Views carry the ViewModels
    }

    @FXML
    private void initialize() {
        stockTab.selectedProperty().addListener((o, was, now) -> {
            if (!active) {
                return;
            }
            if (now) {
                stockController.activate();
            } else {
                stockController.deactivate();
            }
        });
    }

    @Override
    public void activate() {
        active = true;
        overviewController.activate();
        if (stockTab.isSelected()) {
            stockController.activate();
        }
    }

    @Override
    public void deactivate() {
        active = false;
        overviewController.deactivate();
        if (stockTab.isSelected()) {
            stockController.deactivate();
        }
    }
}
