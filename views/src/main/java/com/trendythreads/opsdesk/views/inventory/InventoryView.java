package com.trendythreads.opsdesk.views.inventory;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/// The inventory workspace: stock grid, transfers, cycle counts and replenishment, one tab each.
public final class InventoryView implements Activatable {

    @FXML private TabPane tabs;
    @FXML private Tab replenishmentTab;
    @FXML private Tab countTab;
    @FXML private StockGridView stockController;
    @FXML private TransfersView transfersController;
    @FXML private CycleCountView countController;
    @FXML private ReplenishmentView replenishmentController;

    @Inject
    public InventoryView() {
        // the tabs' Views carry the ViewModels
    }

    @FXML
    private void initialize() {
        countTab.setOnSelectionChanged(e -> {
            if (countTab.isSelected()) {
                countController.shown();
            }
        });
        replenishmentTab.setOnSelectionChanged(e -> {
            if (replenishmentTab.isSelected()) {
                replenishmentController.shown();
            }
        });
    }

    @Override
    public void activate() {
        stockController.activate();
        transfersController.activate();
    }

    @Override
    public void deactivate() {
        stockController.deactivate();
        transfersController.deactivate();
    }
}
