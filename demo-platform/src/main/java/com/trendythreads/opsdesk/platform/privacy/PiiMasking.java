package com.trendythreads.opsdesk.platform.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.http.ContractSpec;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/// The platform's one masking of customer PII for roles that may not see it, as the contract's
/// `info.x-pii-roles` and `info.x-address-roles` say. Orders ([#maskOrder]) and customers
/// ([#maskCustomer]) use it for API responses and for change-feed data, so a customer looks the same
/// wherever a role meets them. It works on JSON trees because the core stores change data unmasked and
/// masks it per reader.
///
/// What a role outside `x-pii-roles` sees:
///
/// - email: first letter and domain, `jane.doe@example.com` → `j***@example.com` (no `@` → `***`);
/// - phone: country code and last two digits, `+49 170 5551212` → `+49 *** ***12`. The country code is
///   the number's first group when it is written `+` and 1–3 digits (`+353 1 234 5678` → `+353 *** ***78`); an
///   international number written without spaces keeps its first two digits (`+4917055512` → `+49`),
///   right for the demo's European numbers and at most one digit more elsewhere; a national number keeps
///   no prefix (`030 1234` → `*** ***34`);
/// - address street: `***`;
/// - address name: initials, `Jane Mary Doe` → `J. M. D.`. The name on an address need not be the
///   customer's (a gift, c/o, a neighbour) and with postal code and city it locates that person; initials
///   still tell a customer's addresses apart. The customer's own name (`firstName`/`lastName`, an order's
///   `customer.name`) stays: the contract does not list it as PII and every role needs it to talk about
///   the customer;
/// - address postal code, city and country code: unchanged (not identifying alone; shipping and
///   analytics need them).
///
/// Shipping addresses are shown unmasked to `x-address-roles` (the warehouse ships to them); billing
/// addresses only to `x-pii-roles`.
public final class PiiMasking {

    public static final String MASKED = "***";

    private final Set<Role> piiRoles;
    private final Set<Role> addressRoles;

    public PiiMasking(Set<Role> piiRoles, Set<Role> addressRoles) {
        this.piiRoles = Set.copyOf(piiRoles);
        this.addressRoles = Set.copyOf(addressRoles);
    }

    /// The roles as `openapi.yaml` (on the classpath, from the api-client jar) declares them, so the rule
    /// lives in the contract only.
    public static PiiMasking fromContract() {
        return fromInfo(readClasspathContractInfo());
    }

    /// The same from the contract the platform already read (reading the YAML again cost a tenth of the
    /// platform's start, issue #12); a contract without the role lists (a test's) falls back to the
    /// classpath's `openapi.yaml`, as [#fromContract()] always reads.
    public static PiiMasking fromContract(ContractSpec spec) {
        JsonNode info = spec.info();
        return fromInfo(info.has("x-pii-roles") ? info : readClasspathContractInfo());
    }

    private static PiiMasking fromInfo(JsonNode info) {
        return new PiiMasking(roles(info.path("x-pii-roles")), roles(info.path("x-address-roles")));
    }

    private static JsonNode readClasspathContractInfo() {
        ClassLoader loader = PiiMasking.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is not on the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in).path("info");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read openapi.yaml", e);
        }
    }

    private static Set<Role> roles(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalStateException("openapi.yaml info lacks a PII role list");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        list.forEach(r -> roles.add(Role.valueOf(r.asText())));
        return roles;
    }

    public boolean seesPii(Principal who) {
        return who.hasAnyRole(piiRoles);
    }

    public boolean seesShippingAddress(Principal who) {
        return who.hasAnyRole(addressRoles);
    }

    /// An order as `who` may see it; `order` is not changed.
    public JsonNode maskOrder(JsonNode order, Principal who) {
        if (!order.isObject() || seesPii(who)) {
            return order;
        }
        ObjectNode copy = order.deepCopy();
        if (copy.get("customer") instanceof ObjectNode customer) {
            maskTextField(customer, "email", PiiMasking::maskEmail);
            maskTextField(customer, "phone", PiiMasking::maskPhone);
        }
        if (!seesShippingAddress(who) && copy.get("shippingAddress") instanceof ObjectNode shipping) {
            maskAddress(shipping);
        }
        // The billing address is not needed to ship, so address roles without PII rights don't see it.
        if (copy.get("billingAddress") instanceof ObjectNode billing) {
            maskAddress(billing);
        }
        return copy;
    }

    /// A customer (contract `Customer`) as `who` may see it: email, phone and every address masked.
    public JsonNode maskCustomer(JsonNode customer, Principal who) {
        if (!customer.isObject() || seesPii(who)) {
            return customer;
        }
        ObjectNode copy = customer.deepCopy();
        maskTextField(copy, "email", PiiMasking::maskEmail);
        maskTextField(copy, "phone", PiiMasking::maskPhone);
        if (copy.get("addresses") != null && copy.get("addresses").isArray()) {
            copy.get("addresses").forEach(a -> {
                if (a instanceof ObjectNode address) {
                    maskAddress(address);
                }
            });
        }
        return copy;
    }

    /// Street → `***`, name → initials; postal code, city and country stay (they are not identifying alone
    /// and the warehouse and analytics need them).
    public static void maskAddress(ObjectNode address) {
        if (address.hasNonNull("street")) {
            address.put("street", MASKED);
        }
        maskTextField(address, "name", PiiMasking::initials);
    }

    /// `jane.doe@example.com` → `j***@example.com`.
    public static String maskEmail(String email) {
        if (email == null || email.isEmpty()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return MASKED;
        }
        return email.charAt(0) + MASKED + email.substring(at);
    }

    /// `+49 170 5551212` → `+49 *** ***12`: the country code (when there is one) and the last two digits.
    public static String maskPhone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        String last = digits.length() >= 2 ? digits.substring(digits.length() - 2) : "";
        String country = "";
        if (phone.startsWith("+")) {
            int space = phone.indexOf(' ');
            String head = space > 0 ? phone.substring(0, space) : "";
            country = (head.matches("\\+\\d{1,3}") ? head : "+" + digits.substring(0, Math.min(2, digits.length())))
                    + " ";
        }
        return country + MASKED + " " + MASKED + last;
    }

    /// `Jane Mary Doe` → `J. M. D.`.
    public static String initials(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append('.');
        }
        return out.toString();
    }

    private static void maskTextField(ObjectNode node, String field, java.util.function.UnaryOperator<String> mask) {
        JsonNode value = node.get(field);
        if (value != null && value.isTextual()) {
            node.put(field, mask.apply(value.asText()));
        }
    }
}
