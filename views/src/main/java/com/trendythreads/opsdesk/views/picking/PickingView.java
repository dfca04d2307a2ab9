package com.trendythreads.opsdesk.views.picking;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.picking.PickListItem;
import com.trendythreads.opsdesk.viewmodels.picking.PickingViewModel;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import jakarta.inject.Inject;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/// The picking workspace: my pick lists, and in their place the pick screen or the packing screen of the
/// list I work on.
public final class PickingView implements Activatable {

    private final PickingViewModel vm;
    private final I18n i18n;
    private final ViewLoader loader;
    private PickScreenView pickScreen;
    private Parent pickRoot;
    private Parent packRoot;

    @FXML private Label locationLabel;
    @FXML private Label pickRate;
    @FXML private CheckBox soundToggle;
    @FXML private StackPane content;
    @FXML private VBox listsPane;
    @FXML private TableView<PickListItem> pickLists;
    @FXML private TableColumn<PickListItem, String> idColumn;
    @FXML private TableColumn<PickListItem, String> waveColumn;
    @FXML private TableColumn<PickListItem, String> statusColumn;
    @FXML private TableColumn<PickListItem, String> linesColumn;
    @FXML private TableColumn<PickListItem, Number> ordersColumn;
    @FXML private TableColumn<PickListItem, String> assigneeColumn;
    @FXML private Button startButton;

    @Inject
    public PickingView(PickingViewModel vm, I18n i18n, ViewLoader loader) {
        this.vm = vm;
        this.i18n = i18n;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        pickScreen = new PickScreenView(vm.pickScreen(), vm, i18n);
        pickRoot = loader.load(PickScreenView.class, pickScreen).root();
        packRoot = loader.load(PackView.class, new PackView(vm.pack(), vm, i18n)).root();
        content.getChildren().addAll(pickRoot, packRoot);

        locationLabel.textProperty().bind(vm.locationProperty().map(l -> l.isEmpty() ? "" : i18n.get("picking.location", l)));
        pickRate.textProperty().bind(vm.rateTextProperty());
        soundToggle.selectedProperty().bindBidirectional(vm.soundProperty());

        pickLists.setItems(vm.lists());
        pickLists.setPlaceholder(new Label(i18n.get("picking.noLists")));
        idColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        waveColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().wave()));
        statusColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().statusText()));
        linesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().progress()));
        ordersColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().orders()));
        assigneeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().assignee()));
        pickLists.setRowFactory(t -> {
            TableRow<PickListItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        startButton.disableProperty().bind(pickLists.getSelectionModel().selectedItemProperty().isNull());

        vm.modeProperty().addListener((o, a, m) -> showMode(m));
        showMode(vm.modeProperty().get());
    }

    private void showMode(PickingViewModel.Mode mode) {
        listsPane.setVisible(mode == PickingViewModel.Mode.LISTS);
        pickRoot.setVisible(mode == PickingViewModel.Mode.PICK);
        packRoot.setVisible(mode == PickingViewModel.Mode.PACK);
        if (mode == PickingViewModel.Mode.PICK) {
            pickScreen.focusBarcode();
        }
    }

    @FXML
    private void start() {
        vm.open(pickLists.getSelectionModel().getSelectedItem());
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
