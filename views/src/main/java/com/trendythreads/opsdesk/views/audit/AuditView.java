package com.trendythreads.opsdesk.views.audit;

import com.trendythreads.opsdesk.viewmodels.audit.AuditViewModel;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/// The audit workspace (lane audit, issue #10): Audit log and Alerts, one tab each.
public final class AuditView implements Activatable {

    private final AuditViewModel vm;
    private final I18n i18n;
    private final ViewLoader loader;

    @FXML private TabPane tabs;
    @FXML private Tab logTab;
    @FXML private Tab alertsTab;
    @FXML private StackPane logSpot;
    @FXML private StackPane alertsSpot;

    @Inject
    public AuditView(AuditViewModel vm, I18n i18n, ViewLoader loader) {
        this.vm = vm;
        this.i18n = i18n;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        logSpot.getChildren().add(loader.load(AuditLogView.class, new AuditLogView(vm.log(), i18n)).root());
        alertsSpot.getChildren().add(loader.load(AlertsView.class, new AlertsView(vm.alerts())).root());
        tabs.getSelectionModel().select(vm.tabProperty().get() == AuditViewModel.Tab.ALERTS ? alertsTab : logTab);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> vm.tabProperty().set(
                t == alertsTab ? AuditViewModel.Tab.ALERTS : AuditViewModel.Tab.LOG));
        vm.tabProperty().addListener((o, a, t) -> tabs.getSelectionModel()
                .select(t == AuditViewModel.Tab.ALERTS ? alertsTab : logTab));
    }

    @Override
    public void activate() {
        vm.activate();
    }

    @Override
    public void deactivate() {
        vm.deactivate();
    }
}
