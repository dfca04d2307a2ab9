package com.trendythreads.opsdesk.cache.repo;

import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Customers as the signed-in role sees them (PII masked for roles without PII access, as the
/// platform sent it).
public final class CustomerRepository extends Documents {

    @Inject
    public CustomerRepository(CacheDatabase db) {
        super(db, Set.of("customers"));
    }

    public Optional<Customer> get(String id) {
        return one(Customer.class, "SELECT doc FROM customers WHERE id = :id", Map.of("id", id));
    }

    /// By e-mail address, ignoring case.
    public Optional<Customer> byEmail(String email) {
        return one(Customer.class, "SELECT doc FROM customers WHERE LOWER(email) = LOWER(:e) ORDER BY id LIMIT 1",
                Map.of("e", email));
    }

    /// Customers by last and first name.
    public List<Customer> list(int limit) {
        return list(Customer.class, "SELECT doc FROM customers ORDER BY last_name, first_name, id LIMIT :limit",
                Map.of("limit", checkLimit(limit)));
    }

    public long count() {
        return count("SELECT COUNT(*) FROM customers", Map.of());
    }

    /// "First Last" of every cached customer by id, read from the columns (no document parsing): lists that
    /// show a name per row (the service inbox) look them up here. Names are not masked for any role.
    public Map<String, String> names() {
        return db.read(h -> {
            Map<String, String> out = new java.util.HashMap<>();
            h.createQuery("SELECT id, first_name, last_name FROM customers").setFetchSize(1_000)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), (java.util.Objects.toString(rs.getString(2), "")
                            + " " + java.util.Objects.toString(rs.getString(3), "")).strip()))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }
}
