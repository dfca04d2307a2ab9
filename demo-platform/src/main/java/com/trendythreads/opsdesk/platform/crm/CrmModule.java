package com.trendythreads.opsdesk.platform.crm;

import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.privacy.PiiMasking;

/// Customers (PII-masked), GDPR export and erasure, reviews, tickets and macros.
public final class CrmModule implements DomainModule {

    @Override
    public void register(ModuleContext m) {
        PiiMasking pii = PiiMasking.fromContract();
        m.policies()
                .register("customer", DomainDeps.readersOf(m, "listCustomers").masking(pii::maskCustomer))
                .register("review", DomainDeps.readersOf(m, "listReviews"))
                .register("ticket", DomainDeps.readersOf(m, "listTickets"))
                .register("macro", DomainDeps.readersOf(m, "listMacros"));
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
                .handle("listReviews", customers::listReviews)
                .handle("listTickets", tickets::list)
                .handle("createTicket", tickets::create)
                .handle("getTicket", tickets::get)
                .handle("updateTicket", tickets::update)
                .handle("replyToTicket", tickets::reply)
                .handle("listMacros", tickets::listMacros);
    }
}
