package com.trendythreads.opsdesk.platform.crm;

import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.changes.ResourceReaders;
import com.trendythreads.opsdesk.platform.privacy.PiiMasking;

/// Customers (PII-masked), GDPR export and erasure, reviews, tickets and macros.
public final class CrmModule implements DomainModule {

    @Override
    public void register(ModuleContext m) {
        PiiMasking pii = PiiMasking.fromContract(m.spec());
        m.policies()
                .register("customer", ResourceReaders.of(m.spec(), "customer").masking(pii::maskCustomer))
                .register("review", ResourceReaders.of(m.spec(), "review"))
                .register("ticket", ResourceReaders.of(m.spec(), "ticket"))
                .register("macro", ResourceReaders.of(m.spec(), "macro"));
        DomainDeps deps = DomainDeps.of(m);
        CrmTables tables = new CrmTables(m.json());
        CustomerHandlers customers = new CustomerHandlers(deps, tables, pii);
        TicketHandlers tickets = new TicketHandlers(deps, tables);
        m.handlers()
                .handle("listCustomers", customers::list)
                .handle("getCustomer", customers::get)
                .handle("updateCustomer", customers::update)
                .handle("exportCustomerData", customers::export)
                .handle("eraseCustomer", customers::erase)
                .handle("adjustLoyaltyPoints", customers::adjustLoyalty)
                .handle("listReviews", customers::listReviews)
                .handle("listTickets", tickets::list)
                .handle("createTicket", tickets::create)
                .handle("getTicket", tickets::get)
                .handle("updateTicket", tickets::update)
                .handle("replyToTicket", tickets::reply)
                .handle("listMacros", tickets::listMacros);
    }
}
