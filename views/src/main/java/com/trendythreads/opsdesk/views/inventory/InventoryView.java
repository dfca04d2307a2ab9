package com.trendythreads.opsdesk.views.inventory;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.shell.RecordOpener;
import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/// The inventory workspace: stock grid, transfers, cycle counts and replenishment, one tab each.
public final class InventoryView implements Activatable, RecordOpener {

    @FXML private TabPane tabs;
    @FXML private Tab stockTab;
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

    /// Another workspace leads to a stock level (`<locationId>|<sku>`): the stock grid shows it.
    @Override
    public void openRecord(String recordId) {
        int bar = recordId.indexOf('|');
        tabs.getSelectionModel().select(stockTab);
        stockController.show(bar < 0 ? "" : recordId.substring(0, bar), recordId.substring(bar + 1));
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
