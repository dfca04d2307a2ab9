package com.trendythreads.opsdesk.views.campaigns;

import com.trendythreads.opsdesk.viewmodels.campaigns.CampaignResultsViewModel;
import com.trendythreads.opsdesk.viewmodels.campaigns.CampaignResultsViewModel.ResultRow;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import com.trendythreads.opsdesk.views.common.TableColumns;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// A campaign's figures, the platform's beside the desk's, the difference and both definitions.
public final class CampaignResultsView {

    private final CampaignResultsViewModel vm;
    private final I18n i18n;

    @FXML private Label title;
    @FXML private TableView<ResultRow> table;
    @FXML private Label difference;
    @FXML private Label platformDefinition;
    @FXML private Label deskDefinition;
    @FXML private Label source;

    public CampaignResultsView(CampaignResultsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public static Node load(ViewLoader loader, CampaignResultsView view) {
        return loader.load(CampaignResultsView.class, view).root();
    }

    @FXML
    private void initialize() {
        title.textProperty().bind(vm.titleProperty());
        column("", ResultRow::label, 160);
        column(i18n.get("campaign.results.platform"), ResultRow::platform, 120);
        column(i18n.get("campaign.results.desk"), ResultRow::desk, 150);
        table.setItems(vm.rows());
        table.setFixedCellSize(26);
        table.prefHeightProperty().bind(table.fixedCellSizeProperty().multiply(10.4));
        difference.textProperty().bind(vm.differenceProperty());
        difference.visibleProperty().bind(vm.differsProperty());
        difference.managedProperty().bind(vm.differsProperty());
        platformDefinition.setText(vm.platformDefinition());
        deskDefinition.setText(vm.deskDefinition());
        source.textProperty().bind(vm.sourceProperty());
    }

    private void column(String header, Function<ResultRow, String> value, double width) {
        TableColumn<ResultRow, String> c = new TableColumn<>(header);
        TableColumns.value(c, value);
        c.setPrefWidth(width);
        c.setSortable(false);
        table.getColumns().add(c);
    }
}
