package com.trendythreads.opsdesk.views.service.customers;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.service.customers.Customer360ViewModel;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomerOrderItem;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomerProfile;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomerReturnItem;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomerReviewItem;
import com.trendythreads.opsdesk.viewmodels.service.customers.TimelineItem;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import com.trendythreads.opsdesk.views.common.TableColumns;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/// The customer's 360: header with contacts (a masked value is shown as it came, with a note, never as a
/// link), loyalty and figures, consents, and tabs for the timeline, orders, returns, reviews, loyalty and
/// privacy. Embeddable: [#load] gives the pane for a [Customer360ViewModel] the host owns (the customer
/// search here, the ticket view after the merge); the host calls `show(customerId)` and activates the VM.
public final class Customer360View {

    private final Customer360ViewModel vm;
    private final I18n i18n;
    private final ViewLoader loader;

    @FXML private VBox root;
    @FXML private VBox content;
    @FXML private Label empty;
    @FXML private Label name;
    @FXML private Label since;
    @FXML private Hyperlink emailLink;
    @FXML private Label emailText;
    @FXML private Hyperlink phoneLink;
    @FXML private Label phoneText;
    @FXML private Label maskedNote;
    @FXML private Label address;
    @FXML private Label tier;
    @FXML private Label points;
    @FXML private Label ltv;
    @FXML private Label orderCount;
    @FXML private Label returnCount;
    @FXML private Label openTickets;
    @FXML private Label tags;
    @FXML private CheckBox consentEmail;
    @FXML private CheckBox consentSms;
    @FXML private CheckBox consentProfiling;
    @FXML private Button adjustPoints;
    @FXML private TabPane tabs;
    @FXML private Tab loyaltyTab;
    @FXML private Tab privacyTab;
    @FXML private Tab historyTab;
    @FXML private TableView<TimelineItem> timeline;
    @FXML private TableColumn<TimelineItem, String> whenCol;
    @FXML private TableColumn<TimelineItem, String> eventCol;
    @FXML private TableColumn<TimelineItem, String> detailCol;
    @FXML private TableView<CustomerOrderItem> orders;
    @FXML private TableColumn<CustomerOrderItem, String> numberCol;
    @FXML private TableColumn<CustomerOrderItem, String> placedCol;
    @FXML private TableColumn<CustomerOrderItem, String> statusCol;
    @FXML private TableColumn<CustomerOrderItem, Integer> itemsCol;
    @FXML private TableColumn<CustomerOrderItem, String> totalCol;
    @FXML private TableView<CustomerReturnItem> returns;
    @FXML private TableColumn<CustomerReturnItem, String> retOrderCol;
    @FXML private TableColumn<CustomerReturnItem, String> retWhenCol;
    @FXML private TableColumn<CustomerReturnItem, String> retStatusCol;
    @FXML private TableColumn<CustomerReturnItem, String> retResolutionCol;
    @FXML private TableColumn<CustomerReturnItem, Integer> retUnitsCol;
    @FXML private TableColumn<CustomerReturnItem, String> retReasonsCol;
    @FXML private TableView<CustomerReviewItem> reviews;
    @FXML private TableColumn<CustomerReviewItem, String> revDateCol;
    @FXML private TableColumn<CustomerReviewItem, String> revStarsCol;
    @FXML private TableColumn<CustomerReviewItem, String> revTitleCol;
    @FXML private TableColumn<CustomerReviewItem, String> revStatusCol;

    public Customer360View(Customer360ViewModel vm, I18n i18n, ViewLoader loader) {
        this.vm = vm;
        this.i18n = i18n;
        this.loader = loader;
    }

    /// The 360 pane over `vm` (which the caller shows a customer in and activates).
    public static ViewLoader.Loaded<Customer360View> load(ViewLoader loader, Customer360ViewModel vm, I18n i18n) {
        return loader.load(Customer360View.class, new Customer360View(vm, i18n, loader));
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        content.visibleProperty().bind(vm.profileProperty().isNotNull());
        content.managedProperty().bind(content.visibleProperty());
        empty.visibleProperty().bind(content.visibleProperty().not());
        empty.managedProperty().bind(empty.visibleProperty());
        vm.profileProperty().addListener((o, a, p) -> show(p));
        show(vm.profileProperty().get());
        emailLink.setTooltip(new Tooltip(i18n.get("customer.copy.tooltip")));
        phoneLink.setTooltip(new Tooltip(i18n.get("customer.copy.tooltip")));
        emailLink.setOnAction(e -> copy(emailLink.getText()));
        phoneLink.setOnAction(e -> copy(phoneLink.getText()));
        adjustPoints.setOnAction(e -> tabs.getSelectionModel().select(loyaltyTab));
        consent(consentEmail, Customer360ViewModel.Consent.EMAIL_MARKETING);
        consent(consentSms, Customer360ViewModel.Consent.SMS_MARKETING);
        consent(consentProfiling, Customer360ViewModel.Consent.PROFILING);

        TableColumns.value(whenCol, TimelineItem::when);
        TableColumns.value(eventCol, TimelineItem::text);
        TableColumns.value(detailCol, TimelineItem::detail);
        CustomerTables.withTooltips(eventCol);
        CustomerTables.withTooltips(detailCol);
        timeline.setItems(vm.timeline());
        CustomerTables.placeholder(timeline, i18n.get("customer.placeholder.timeline"));
        opening(timeline, vm::openEvent);
        TableColumns.value(numberCol, CustomerOrderItem::number);
        TableColumns.value(placedCol, CustomerOrderItem::placed);
        TableColumns.value(statusCol, CustomerOrderItem::status);
        TableColumns.value(itemsCol, CustomerOrderItem::items);
        TableColumns.value(totalCol, CustomerOrderItem::total);
        orders.setItems(vm.orders());
        CustomerTables.placeholder(orders, i18n.get("customer.placeholder.orders"));
        opening(orders, vm::openOrder);
        TableColumns.value(retOrderCol, CustomerReturnItem::orderNumber);
        TableColumns.value(retWhenCol, CustomerReturnItem::created);
        TableColumns.value(retStatusCol, CustomerReturnItem::status);
        TableColumns.value(retResolutionCol, CustomerReturnItem::resolution);
        TableColumns.value(retUnitsCol, CustomerReturnItem::units);
        TableColumns.value(retReasonsCol, CustomerReturnItem::reasons);
        returns.setItems(vm.returns());
        CustomerTables.placeholder(returns, i18n.get("customer.placeholder.returns"));
        TableColumns.value(revDateCol, CustomerReviewItem::date);
        TableColumns.value(revStarsCol, CustomerReviewItem::stars);
        TableColumns.value(revTitleCol, CustomerReviewItem::title);
        TableColumns.value(revStatusCol, CustomerReviewItem::status);
        reviews.setItems(vm.reviews());
        CustomerTables.placeholder(reviews, i18n.get("customer.placeholder.reviews"));

        loyaltyTab.setContent(loader.load(LoyaltyAdjustView.class, new LoyaltyAdjustView(vm.loyalty(), i18n)).root());
        privacyTab.setContent(loader.load(GdprView.class, new GdprView(vm.gdpr(), i18n)).root());
        historyTab.setContent(new com.trendythreads.opsdesk.views.audit.RecordHistoryPane(vm.history(), i18n,
                "customerHistory"));
    }

    /// Double-click or Enter on a row opens what it is about.
    private static <T> void opening(TableView<T> table, Consumer<T> open) {
        table.setRowFactory(t -> {
            TableRow<T> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void show(CustomerProfile p) {
        if (p == null) {
            return;
        }
        name.setText(p.name());
        since.setText(p.missing() ? "" : p.id() + " · " + p.since());
        contact(emailLink, emailText, p.email(), p.emailUsable());
        contact(phoneLink, phoneText, p.phone(), p.phoneUsable());
        visible(maskedNote, p.emailMasked() || p.phoneMasked());
        address.setText(p.address());
        tier.setText(p.tier());
        points.setText(p.points());
        ltv.setText(p.lifetimeValue());
        orderCount.setText(i18n.get("customer.orders.value", p.orderCount(), p.cachedOrders()));
        returnCount.setText(Integer.toString(p.returns()));
        openTickets.setText(Integer.toString(p.openTickets()));
        tags.setText(p.tags().isEmpty() ? "—" : p.tags());
        consentEmail.setSelected(p.emailMarketing());
        consentSms.setSelected(p.smsMarketing());
        consentProfiling.setSelected(p.profiling());
        tabs.setDisable(p.missing());
        adjustPoints.setDisable(p.missing());
    }

    /// A consent box: the user's click queues the change; the profile's state sets it back to the truth.
    private void consent(CheckBox box, Customer360ViewModel.Consent which) {
        box.setDisable(!vm.mayEditConsents());
        if (!vm.mayEditConsents()) {
            Tooltip.install(box.getParent(), new Tooltip(i18n.get("customer.consent.notAllowed")));
        }
        box.setOnAction(e -> vm.setConsent(which, box.isSelected()));
    }

    /// A usable contact is a link that copies it; a masked or missing one is plain text.
    private static void contact(Hyperlink link, Label text, String value, boolean usable) {
        link.setText(value);
        text.setText(value);
        visible(link, usable);
        visible(text, !usable);
    }

    private static void visible(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static void copy(String value) {
        ClipboardContent c = new ClipboardContent();
        c.putString(value);
        Clipboard.getSystemClipboard().setContent(c);
    }
}
