package com.trendythreads.opsdesk.cache.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.repo.CustomerRepository;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/// A support agent's writes on a customer, each one outbox entry through [LocalEdits] that shows locally at
/// once: a loyalty point adjustment (action `loyalty-adjustments`, its own idempotency key kept across
/// retries and restarts, so it counts once), consents and tags (merge-patch updates with If-Match).
///
/// The rules of an adjustment are checked here before anything is queued ([#checkAdjustment]); the platform
/// checks them again and a refusal becomes a failed outbox entry with its reason.
public final class CustomerActions {

    /// The contract's bound of one adjustment (`LoyaltyAdjustmentCreate.points`).
    public static final int MAX_POINTS = 100_000;
    /// The contract's bound of an adjustment's reason.
    public static final int MAX_REASON = 500;

    private static final ObjectMapper MAPPER = Json.mapper();

    private final LocalEdits edits;
    private final CustomerRepository customers;
    private final Clock clock;

    public CustomerActions(LocalEdits edits, CustomerRepository customers, Clock clock) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// What is wrong with adding `points` (signed) with `reason` to `customer`'s balance as it shows locally
    /// (queued adjustments included): empty when it may be queued. Fields: `points`, `reason`.
    public static List<Violation> checkAdjustment(Customer customer, Integer points, String reason) {
        List<Violation> out = new ArrayList<>();
        if (points == null) {
            out.add(Violation.error("points", "rule.required"));
        } else if (points == 0) {
            out.add(Violation.error("points", "rule.loyalty.zero"));
        } else if (Math.abs((long) points) > MAX_POINTS) {
            out.add(Violation.error("points", "rule.loyalty.range", MAX_POINTS));
        } else if (customer != null && (long) customer.loyaltyPoints() + points < 0) {
            out.add(Violation.error("points", "rule.loyalty.belowZero", customer.loyaltyPoints()));
        }
        if (reason == null || reason.isBlank()) {
            out.add(Violation.error("reason", "rule.required"));
        } else if (reason.strip().length() > MAX_REASON) {
            out.add(Violation.error("reason", "rule.maxLength", MAX_REASON));
        }
        return out;
    }

    /// Queues `POST v1/customers/{id}/loyalty-adjustments` with `{points, reason}`; locally the balance moves
    /// and the adjustment is appended (id `local-…`, by `username`) until the platform's customer replaces it.
    ///
    /// @return the outbox entry's sequence number
    /// @throws IllegalArgumentException when [#checkAdjustment] finds an error (nothing is queued)
    public long adjustLoyalty(String customerId, int points, String reason, String username) {
        Customer c = customers.get(customerId)
                .orElseThrow(() -> new IllegalArgumentException("No customer " + customerId + " in the local data"));
        List<Violation> wrong = checkAdjustment(c, points, reason);
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("Not a valid adjustment: " + wrong);
        }
        String why = reason.strip();
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("points", points).put("reason", why);
        ArrayNode adjustments = MAPPER.valueToTree(c.adjustments());
        adjustments.addObject().put("id", LocalEdits.LOCAL_ID_PREFIX + "loy-" + clock.millis()).put("points", points)
                .put("reason", why).put("by", username).put("at", clock.instant().toString());
        ObjectNode local = JsonNodeFactory.instance.objectNode().put("loyaltyPoints", c.loyaltyPoints() + points);
        local.set("loyaltyAdjustments", adjustments);
        // The description shows in the sync screen's outbox; it names the customer by id only, so that an
        // erasure's purge leaves no name behind in an entry that has already been sent.
        return edits.action(ResourceType.CUSTOMER, customerId, "loyalty-adjustments", body, local, false,
                (points > 0 ? "+" : "") + points + " loyalty points for " + customerId + " (" + why + ")");
    }

    /// Changes the consents given (null = unchanged): a merge patch of `consents`.
    public long updateConsents(String customerId, Boolean emailMarketing, Boolean smsMarketing, Boolean profiling) {
        ObjectNode consents = JsonNodeFactory.instance.objectNode();
        if (emailMarketing != null) {
            consents.put("emailMarketing", emailMarketing);
        }
        if (smsMarketing != null) {
            consents.put("smsMarketing", smsMarketing);
        }
        if (profiling != null) {
            consents.put("profiling", profiling);
        }
        if (consents.isEmpty()) {
            throw new IllegalArgumentException("no consent changes");
        }
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.set("consents", consents);
        ObjectNode local = patch.deepCopy();
        ((ObjectNode) local.get("consents")).put("updatedAt", clock.instant().toString());
        return edits.update(ResourceType.CUSTOMER, customerId, patch, local, "Consents of " + customerId);
    }

    /// Replaces the customer's tags (a merge patch replaces arrays whole); blanks and duplicates are dropped.
    public long updateTags(String customerId, Collection<String> tags) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        tags.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().forEach(list::add);
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.set("tags", list);
        return edits.update(ResourceType.CUSTOMER, customerId, patch, "Tags of " + customerId);
    }
}
