package com.trendythreads.opsdesk.platform.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.crm.Review;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.platform.store.DocTable;
import java.util.HashMap;
import java.util.Map;

/// The CRM document tables of `V2__domain.sql`, with their derived columns.
///
/// `customers.erased` is deliberately not derived: it is set once by the GDPR erasure and no later
/// write of the document can clear it.
public final class CrmTables {

    public final DocTable<Customer> customers;
    public final DocTable<Review> reviews;
    public final DocTable<Ticket> tickets;
    public final DocTable<Macro> macros;

    public CrmTables(ObjectMapper json) {
        customers = new DocTable<>(new DocTable.Spec<>("customers", "id", Customer.class, Customer::id,
                Customer::version, c -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("first_name", c.firstName());
                    m.put("last_name", c.lastName());
                    m.put("email", c.email());
                    m.put("phone", c.phone());
                    m.put("loyalty_tier", c.loyaltyTier());
                    m.put("updated_at", c.updatedAt());
                    return m;
                }), json);
        reviews = new DocTable<>(new DocTable.Spec<>("reviews", "id", Review.class, Review::id, Review::version,
                r -> Map.of("customer_id", r.customerId(), "product_id", r.productId())), json);
        tickets = new DocTable<>(new DocTable.Spec<>("tickets", "id", Ticket.class, Ticket::id, Ticket::version,
                t -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("status", t.status());
                    m.put("priority", t.priority());
                    m.put("customer_id", t.customerId());
                    m.put("order_id", t.orderId());
                    m.put("assignee_id", t.assigneeId());
                    m.put("sla_due_at", t.slaDueAt());
                    m.put("created_at", t.createdAt());
                    m.put("updated_at", t.updatedAt());
                    return m;
                }), json);
        macros = new DocTable<>(new DocTable.Spec<>("macros", "id", Macro.class, Macro::id, Macro::version,
                m -> Map.of()), json);
    }
}
