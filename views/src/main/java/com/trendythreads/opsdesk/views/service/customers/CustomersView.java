package com.trendythreads.opsdesk.views.service.customers;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomerRowItem;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomersViewModel;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/// The customer search (name, e-mail or phone, as masked as the role sees it) beside the chosen customer's
/// 360. The `service` workspace's "Customers" tab hosts it; the workspace's ViewModel activates it while that
/// tab is shown (a screen that activated itself on being attached would take a customer link before the
/// workspace could switch to this tab).
public final class CustomersView {

    private final CustomersViewModel vm;
    private final I18n i18n;
    private final ViewLoader loader;

    @FXML private SplitPane root;
    @FXML private TextField search;
    @FXML private Label status;
    @FXML private TableView<CustomerRowItem> table;
    @FXML private TableColumn<CustomerRowItem, String> nameCol;
    @FXML private TableColumn<CustomerRowItem, String> emailCol;
    @FXML private TableColumn<CustomerRowItem, String> phoneCol;
    @FXML private TableColumn<CustomerRowItem, Integer> pointsCol;

    @Inject
    public CustomersView(CustomersViewModel vm, I18n i18n, ViewLoader loader) {
        this.vm = vm;
        this.i18n = i18n;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(vm.queryProperty());
        status.textProperty().bind(vm.statusProperty());
        TableColumns.value(nameCol, CustomerRowItem::name);
        TableColumns.value(emailCol, CustomerRowItem::email);
        TableColumns.value(phoneCol, CustomerRowItem::phone);
        TableColumns.value(pointsCol, CustomerRowItem::points);
        table.setItems(vm.results());
        CustomerTables.placeholder(table, i18n.get("customers.none"));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
        search.setOnAction(e -> {
            if (!table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
                table.requestFocus();
            }
        });
        root.getItems().add(Customer360View.load(loader, vm.customer360(), i18n).root());
        root.setDividerPositions(0.42);
        KeyCombination find = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
        root.setOnKeyPressed(e -> {
            if (find.match(e)) {
                search.requestFocus();
                search.selectAll();
                e.consume();
            }
        });
    }
}
