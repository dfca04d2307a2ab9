package com.trendythreads.opsdesk.cache.repo;

import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.Review;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
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

    /// Customers whose name, e-mail or phone contains `text` (ignoring case; a phone also without its spaces,
    /// dashes and slashes), by last and first name. The values are as this role sees them: a masked e-mail
    /// (`j***@example.com`) matches only what is left of it. Blank text lists the first `limit` customers.
    public List<Customer> search(String text, int limit) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return list(limit);
        }
        String like = "%" + escapeLike(t) + "%";
        String digits = t.replaceAll("[\\s\\-/()]", "");
        // '!' escapes LIKE wildcards: Jdbi's statement parser misreads a backslash inside quotes.
        return list(Customer.class, "SELECT doc FROM customers WHERE LOWER(CONCAT(first_name, ' ', last_name))"
                        + " LIKE :q ESCAPE '!' OR LOWER(CONCAT(last_name, ' ', first_name)) LIKE :q ESCAPE '!'"
                        + " OR LOWER(email) LIKE :q ESCAPE '!' OR REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(phone,"
                        + " ' ', ''), '-', ''), '/', ''), '(', ''), ')', '') LIKE :d ESCAPE '!'"
                        + " ORDER BY last_name, first_name, id LIMIT :limit",
                Map.of("q", like, "d", digits.isEmpty() ? like : "%" + escapeLike(digits) + "%",
                        "limit", checkLimit(limit)));
    }

    /// The customer's cached reviews, newest first.
    public List<Review> reviews(String customerId) {
        return list(Review.class, "SELECT doc FROM reviews WHERE customer_id = :c ORDER BY created_at DESC, id",
                Map.of("c", customerId));
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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
