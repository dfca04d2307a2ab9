package com.trendythreads.opsdesk.views.orders;

import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.orders.OrderFilters;
import com.trendythreads.opsdesk.viewmodels.orders.OrderRowItem;
import com.trendythreads.opsdesk.viewmodels.orders.OrdersViewModel;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import com.trendythreads.opsdesk.views.common.Choices;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/// The Orders workspace: filters and saved views on top, the order list on the left, the selected order's
/// detail on the right. Keys: Ctrl+F search, Enter opens the selected order, Ctrl+R refunds it.
public final class OrdersView implements Activatable {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REFUND = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final OrdersViewModel vm;
    private final I18n i18n;
    private final RecordLinks links;
    private final OrderDetailView detail;
    private final ViewLoader loader;

    @FXML private VBox root;
    @FXML private Label summary;
    @FXML private ComboBox<OrderFilters> savedViews;
    @FXML private Button exportButton;
    @FXML private TextField orderSearch;
    @FXML private ComboBox<OrderStatus> status;
    @FXML private ComboBox<OrderChannel> channel;
    @FXML private ComboBox<String> orderLocation;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private ComboBox<Boolean> hasReturn;
    @FXML private ComboBox<Boolean> flagged;
    @FXML private Button olderButton;
    @FXML private ProgressIndicator busy;
    @FXML private TableView<OrderRowItem> ordersTable;
    @FXML private StackPane detailPane;

    @Inject
    public OrdersView(OrdersViewModel vm, I18n i18n, RecordLinks links, ViewLoader loader) {
        this.vm = vm;
        this.i18n = i18n;
        this.links = links;
        this.loader = loader;
        this.detail = new OrderDetailView(vm.detail(), i18n, loader);
    }

    @FXML
    private void initialize() {
        detailPane.getChildren().setAll(OrderDetailView.load(loader, detail));
        summary.textProperty().bind(vm.summaryProperty());
        orderSearch.textProperty().bindBidirectional(vm.searchProperty());
        choices(status, withNone(OrderStatus.values()), vm.statusProperty(),
                s -> s == null ? i18n.get("orders.filter.anyStatus") : i18n.get("orders.status." + s.name()));
        choices(channel, withNone(OrderChannel.values()), vm.channelProperty(),
                c -> c == null ? i18n.get("orders.filter.anyChannel") : c.name());
        orderLocation.setItems(vm.locations());
        orderLocation.valueProperty().bindBidirectional(vm.locationProperty());
        orderLocation.setConverter(Choices.converterWithNone(l -> l == null || l.isEmpty()
                ? i18n.get("orders.filter.allLocations") : l));
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());
        choices(hasReturn, Arrays.asList(null, true, false), vm.hasReturnProperty(), b -> i18n.get(
                "orders.filter.return." + (b == null ? "any" : b ? "yes" : "no")));
        choices(flagged, Arrays.asList(null, true, false), vm.flaggedProperty(), b -> i18n.get(
                "orders.filter.flagged." + (b == null ? "any" : b ? "yes" : "no")));
        savedViews.setItems(vm.savedViews());
        savedViews.valueProperty().addListener((o, a, b) -> vm.applyView(b));
        busy.visibleProperty().bind(vm.searchingOlderProperty());
        olderButton.disableProperty().bind(vm.searchingOlderProperty());
        exportButton.disableProperty().bind(vm.loadedProperty().not());

        column("orders.col.number", r -> r.notCached() ? r.number() + " · " + i18n.get("orders.notCached")
                : r.number(), 100);
        column("orders.col.placed", OrderRowItem::placed, 78);
        column("orders.col.customer", OrderRowItem::customer, 116);
        column("orders.col.channel", OrderRowItem::channel, 84);
        column("orders.col.status", OrderRowItem::status, 86);
        column("orders.col.payment", OrderRowItem::payment, 100);
        column("orders.col.items", r -> Integer.toString(r.items()), 52);
        column("orders.col.total", OrderRowItem::total, 76);
        ordersTable.setPlaceholder(new Label(i18n.get("orders.placeholder")));
        ordersTable.setItems(vm.rows());
        ordersTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(OrderRowItem item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("not-cached");
                if (item != null && !empty && item.notCached()) {
                    getStyleClass().add("not-cached");
                }
            }
        });
        // A refreshed list replaces its rows: the selection is lost for a moment, the detail stays, and the
        // row of the order shown is selected again.
        ordersTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.id().equals(shownId())) {
                vm.open(b);
            }
        });
        vm.rows().addListener((javafx.collections.ListChangeListener<OrderRowItem>) c -> {
            String id = shownId();
            if (id != null && ordersTable.getSelectionModel().getSelectedItem() == null) {
                vm.rows().stream().filter(r -> r.id().equals(id)).findFirst()
                        .ifPresent(r -> ordersTable.getSelectionModel().select(r));
            }
        });
        ordersTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && ordersTable.getSelectionModel().getSelectedItem() != null) {
                vm.open(ordersTable.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    private String shownId() {
        var o = vm.detail().orderProperty().get();
        return o == null ? null : o.id();
    }

    private static <T> List<T> withNone(T[] values) {
        List<T> out = new ArrayList<>();
        out.add(null);
        out.addAll(Arrays.asList(values));
        return out;
    }

    private static <T> void choices(ComboBox<T> box, List<T> values, javafx.beans.property.Property<T> p,
            Function<T, String> label) {
        box.getItems().setAll(values);
        box.setConverter(Choices.converterWithNone(label::apply));
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(label.apply(item));
            }
        });
        box.valueProperty().bindBidirectional(p);
    }

    private void column(String key, Function<OrderRowItem, String> value, double width) {
        TableColumn<OrderRowItem, String> c = new TableColumn<>(i18n.get(key));
        TableColumns.value(c, value);
        c.setPrefWidth(width);
        // number, date and figures keep their width; the customer's name gives way
        c.setMinWidth(key.equals("orders.col.customer") ? 70 : width);
        c.setSortable(false); // newest first, as the index keeps them
        ordersTable.getColumns().add(c);
    }

    @FXML
    private void saveView() {
        TextInputDialog ask = new TextInputDialog();
        ask.setHeaderText(i18n.get("orders.views.name"));
        ask.initOwner(root.getScene().getWindow());
        ask.showAndWait().ifPresent(vm::saveView);
    }

    @FXML
    private void export() {
        // customer names and e-mails are columns of the export (privacy, issue #10)
        if (!com.trendythreads.opsdesk.views.common.CustomerDataNotice.confirm(root, i18n, true)) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        chooser.setInitialFileName("orders.csv");
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            vm.export(f.toPath());
        }
    }

    @FXML
    private void searchOlder() {
        vm.searchOlder();
    }

    /// The detail pane (tests, and hosts that want its dialogs).
    public OrderDetailView detail() {
        return detail;
    }

    @Override
    public void activate() {
        vm.activate();
        // Scene-wide while this workspace shows: the focus may still be in the navigation.
        if (root.getScene() != null) {
            root.getScene().getAccelerators().put(FIND, () -> {
                orderSearch.requestFocus();
                orderSearch.selectAll();
            });
            root.getScene().getAccelerators().put(REFUND, detail::refundShortcut);
        }
        // an order another workspace asked to open (the dashboard's drill-down, a customer's orders)
        links.take(Target.ORDER).ifPresent(l -> vm.focus(l.id()));
    }

    @Override
    public void deactivate() {
        vm.deactivate();
        if (root.getScene() != null) {
            root.getScene().getAccelerators().remove(FIND);
            root.getScene().getAccelerators().remove(REFUND);
        }
    }
}
