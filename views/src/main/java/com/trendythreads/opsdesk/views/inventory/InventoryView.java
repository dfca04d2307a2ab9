package com.trendythreads.opsdesk.views.inventory;

import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/// The inventory workspace: stock grid, transfers, cycle counts and replenishment, one tab each.
public final class InventoryView implements Activatable {

    private final RecordLinks links;

    @FXML private TabPane tabs;
    @FXML private Tab replenishmentTab;
    @FXML private Tab countTab;
    @FXML private StockGridView stockController;
    @FXML private TransfersView transfersController;
    @FXML private CycleCountView countController;
    @FXML private ReplenishmentView replenishmentController;
    // lane supply (issue #11)
    @FXML private Tab purchasingTab;
    @FXML private com.trendythreads.opsdesk.views.supply.PurchasingView purchasingController;

    @Inject
    public InventoryView(RecordLinks links) {
        this.links = links; // the tabs' Views carry the ViewModels
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
        // lane supply: the tab shows for users who may list purchase orders; POs made from replenishment open here
        if (!purchasingController.visible()) {
            tabs.getTabs().remove(purchasingTab);
        }
        replenishmentController.onOrdersCreated(id -> {
            tabs.getSelectionModel().select(purchasingTab);
            purchasingController.open(id);
        });
    }

    @Override
    public void activate() {
        stockController.activate();
        transfersController.activate();
        if (purchasingController.visible()) {
            purchasingController.activate(); // lane supply
        }
        // a stock level another workspace asked to open (the stock dashboard's lists)
        links.take(Target.STOCK).ifPresent(l -> {
            tabs.getSelectionModel().selectFirst();
            stockController.focus(l.id());
        });
    }

    @Override
    public void deactivate() {
        stockController.deactivate();
        transfersController.deactivate();
        purchasingController.deactivate(); // lane supply
    }
}
