package com.trendythreads.opsdesk.views.service;

import com.trendythreads.opsdesk.viewmodels.service.FigureRow;
import com.trendythreads.opsdesk.viewmodels.service.SupportFiguresViewModel;
import com.trendythreads.opsdesk.viewmodels.service.SupportFiguresViewModel.Period;
import com.trendythreads.opsdesk.views.common.TableColumns;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/// Support figures: mine beside the team's, over a chosen period, each with its definition; tickets by channel.
public final class SupportFiguresView {

    private final SupportFiguresViewModel vm;

    @FXML private ComboBox<Period> period;
    @FXML private Label caption;
    @FXML private TableView<FigureRow> figures;
    @FXML private TableColumn<FigureRow, String> nameColumn;
    @FXML private TableColumn<FigureRow, String> mineColumn;
    @FXML private TableColumn<FigureRow, String> teamColumn;
    @FXML private TableColumn<FigureRow, String> defColumn;
    @FXML private TableView<FigureRow> channels;
    @FXML private TableColumn<FigureRow, String> channelColumn;
    @FXML private TableColumn<FigureRow, String> channelMineColumn;
    @FXML private TableColumn<FigureRow, String> channelTeamColumn;

    SupportFiguresView(SupportFiguresViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        period.getItems().setAll(Period.values());
        Combos.texts(period, p -> p == null ? "" : vm.periodText(p));
        period.valueProperty().bindBidirectional(vm.periodProperty());
        caption.textProperty().bind(vm.captionProperty());
        figures.setItems(vm.figures());
        TableColumns.value(nameColumn, FigureRow::name);
        TableColumns.value(mineColumn, FigureRow::mine);
        TableColumns.value(teamColumn, FigureRow::team);
        TableColumns.value(defColumn, FigureRow::definition);
        defColumn.getStyleClass().add("text-muted");
        channels.setItems(vm.channels());
        TableColumns.value(channelColumn, FigureRow::name);
        TableColumns.value(channelMineColumn, FigureRow::mine);
        TableColumns.value(channelTeamColumn, FigureRow::team);
    }
}
