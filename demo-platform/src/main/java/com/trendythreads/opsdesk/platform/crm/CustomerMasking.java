package com.trendythreads.opsdesk.platform.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.Role;
import java.util.EnumSet;
import java.util.Set;

/// Customer PII as roles outside the contract's `info.x-pii-roles` see it: email `j***@example.com`,
/// phone `+49 *** ***12`, street `***`.
///
/// The orders branch plans a shared `platform.privacy.PiiMasking`; until it lands this is the CRM's own,
/// with the same formats, so a customer looks the same in `/v1/customers` and in the change feed.
public final class CustomerMasking {

    /// `info.x-pii-roles` of `openapi.yaml` (a test pins the two together).
    public static final Set<Role> PII_ROLES = EnumSet.of(Role.SUPPORT, Role.MANAGER, Role.ADMIN);

    private CustomerMasking() {
    }

    public static boolean seesPii(Principal principal) {
        return principal.hasAnyRole(PII_ROLES);
    }

    public static Customer forCaller(Customer c, Principal principal) {
        return seesPii(principal) ? c : mask(c);
    }

    public static Customer mask(Customer c) {
        return new Customer(c.id(), c.firstName(), c.lastName(), maskEmail(c.email()), maskPhone(c.phone()),
                c.addresses() == null ? null : c.addresses().stream().map(CustomerMasking::maskAddress).toList(),
                c.consents(), c.loyaltyTier(), c.loyaltyPoints(), c.orderCount(), c.lifetimeValueCents(), c.tags(),
                c.createdAt(), c.updatedAt(), c.version());
    }

    /// The change-feed form: `data` is a stored customer document; it is copied, never changed.
    public static JsonNode maskJson(JsonNode data, Principal principal) {
        if (seesPii(principal) || !data.isObject()) {
            return data;
        }
        ObjectNode copy = ((ObjectNode) data).deepCopy();
        if (copy.hasNonNull("email")) {
            copy.put("email", maskEmail(copy.get("email").asText()));
        }
        if (copy.hasNonNull("phone")) {
            copy.put("phone", maskPhone(copy.get("phone").asText()));
        }
        for (JsonNode address : copy.path("addresses")) {
            if (address instanceof ObjectNode a && a.has("street")) {
                a.put("street", "***");
            }
        }
        return copy;
    }

    public static String maskEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /// Keeps the country code and the last two digits: `+49 30 1234 5612` → `+49 *** ***12`.
    public static String maskPhone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 4) {
            return "***";
        }
        String country = phone.startsWith("+") ? phone.substring(0, Math.min(3, phone.length())).trim() : "";
        return (country.isEmpty() ? "" : country + " ") + "*** ***" + digits.substring(digits.length() - 2);
    }

    public static Address maskAddress(Address a) {
        return new Address(a.name(), "***", a.postalCode(), a.city(), a.countryCode());
    }
}
