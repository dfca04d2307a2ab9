package com.trendythreads.opsdesk.viewmodels.service.customers;

import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.LiveSubscription;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import jakarta.inject.Inject;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The customer search beside the 360: name, e-mail or phone over the cached customers, as masked as the
/// signed-in role sees them (a masked e-mail matches only what is left of it). The chosen customer shows in
/// [#customer360()]. Live: a change of the cached customers searches again.
public final class CustomersViewModel implements Activatable {

    /// The most rows one search shows; the status line says when there are more.
    static final int LIMIT = 200;

    private final LocalData data;
    private final RecordLinks links;
    private final I18n i18n;
    private final Customer360ViewModel customer360;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<CustomerRowItem> results = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerRowItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final CoalescingLoad<List<Customer>> search;
    private final LiveSubscription live = new LiveSubscription();
    private String pendingOpen;

    @Inject
    public CustomersViewModel(SessionState sessions, TaskRunner runner, I18n i18n, RecordLinks links,
            Customer360ViewModel customer360) {
        this.data = sessions.current().data();
        this.links = links;
        this.i18n = i18n;
        this.customer360 = customer360;
        this.search = new CoalescingLoad<>(runner, () -> data.customers().search(query.get(), LIMIT + 1),
                this::show, "the customer search");
        query.addListener((o, a, b) -> search.run());
        selected.addListener((o, a, b) -> {
            if (b != null) {
                customer360.show(b.id());
            }
        });
    }

    private void show(List<Customer> found) {
        String keep = selected.get() == null ? pendingOpen : selected.get().id();
        List<CustomerRowItem> rows = found.stream().limit(LIMIT).map(CustomersViewModel::row).toList();
        results.setAll(rows);
        status.set(found.isEmpty() ? i18n.get("customers.none")
                : found.size() > LIMIT ? i18n.get("customers.more", LIMIT) : i18n.get("customers.count", rows.size()));
        rows.stream().filter(r -> r.id().equals(keep)).findFirst().ifPresent(r -> {
            selected.set(r);
            pendingOpen = null;
        });
    }

    static CustomerRowItem row(Customer c) {
        return new CustomerRowItem(c.id(), c.firstName() + " " + c.lastName(), c.email() == null ? "" : c.email(),
                c.phone() == null ? "" : c.phone(), c.loyaltyTier() == null ? "" : c.loyaltyTier().name(),
                c.loyaltyPoints());
    }

    /// Runs the search now (the query's changes do it by themselves).
    public void search() {
        search.run();
    }

    /// Shows one customer in the 360, whether or not the current search lists them (a link from a ticket
    /// or an order).
    public void open(String customerId) {
        pendingOpen = customerId;
        selected.set(results.stream().filter(r -> r.id().equals(customerId)).findFirst().orElse(null));
        customer360.show(customerId);
    }

    @Override
    public void activate() {
        links.take(Target.CUSTOMER).ifPresent(l -> open(l.id()));
        live.open(() -> data.customers().onChange(ch -> search.run()));
        customer360.activate();
        search.run();
    }

    @Override
    public void deactivate() {
        live.close();
        customer360.deactivate();
    }

    /// Name, e-mail or phone, or a part of it.
    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<CustomerRowItem> results() {
        return results;
    }

    public ObjectProperty<CustomerRowItem> selectedProperty() {
        return selected;
    }

    /// "42 customers", "No customer matches", "More than 200 customers: narrow the search".
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Customer360ViewModel customer360() {
        return customer360;
    }
}
