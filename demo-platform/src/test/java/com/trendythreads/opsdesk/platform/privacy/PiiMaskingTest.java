package com.trendythreads.opsdesk.platform.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.http.ContractSpec;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PiiMaskingTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final PiiMasking pii = PiiMasking.fromContract();

    static Principal as(Role role) {
        return new Principal("usr_x", "x", "X", Set.of(role), null);
    }

    @Test
    void fieldMasksLookAsTheContractSays() {
        assertThat(PiiMasking.maskEmail("jane.doe@example.com")).isEqualTo("j***@example.com");
        assertThat(PiiMasking.maskEmail("not-an-email")).isEqualTo("***");
        assertThat(PiiMasking.maskPhone("+49 170 5551212")).isEqualTo("+49 *** ***12");
        assertThat(PiiMasking.maskPhone("+4917055512")).isEqualTo("+49 *** ***12");
        assertThat(PiiMasking.maskPhone("030 1234")).isEqualTo("*** ***34");
        assertThat(PiiMasking.initials("jane mary  Doe")).isEqualTo("J. M. D.");
    }

    @Test
    void rolesComeFromTheContract() {
        assertThat(pii.seesPii(as(Role.SUPPORT))).isTrue();
        assertThat(pii.seesPii(as(Role.MANAGER))).isTrue();
        assertThat(pii.seesPii(as(Role.ADMIN))).isTrue();
        assertThat(pii.seesPii(as(Role.WAREHOUSE))).isFalse();
        assertThat(pii.seesShippingAddress(as(Role.WAREHOUSE))).isTrue();
        assertThat(pii.seesShippingAddress(as(Role.MARKETING))).isFalse();
    }

    @Test
    void theContractThePlatformLoadedGivesTheSameRolesAsReadingItAgain() {
        PiiMasking fromLoaded = PiiMasking.fromContract(ContractSpec.load("openapi.yaml"));
        for (Role role : Role.values()) {
            assertThat(fromLoaded.seesPii(as(role))).as("%s sees PII", role).isEqualTo(pii.seesPii(as(role)));
            assertThat(fromLoaded.seesShippingAddress(as(role))).as("%s sees the shipping address", role)
                    .isEqualTo(pii.seesShippingAddress(as(role)));
        }
        assertThat(fromLoaded.seesPii(as(Role.SUPPORT))).isTrue();
        assertThat(fromLoaded.seesPii(as(Role.MARKETING))).isFalse();
    }

    @Test
    void maskingCopiesAndNeverChangesTheInput() throws Exception {
        JsonNode order = JSON.readTree("""
                {"customer":{"id":"cus_1","name":"Jane Doe","email":"jane@example.com","phone":"+49 170 5551212"},
                 "shippingAddress":{"name":"Jane Doe","street":"Torstraße 12","postalCode":"10119","city":"Berlin","countryCode":"DE"},
                 "billingAddress":{"name":"Jane Doe","street":"Torstraße 12","postalCode":"10119","city":"Berlin","countryCode":"DE"}}""");
        String before = order.toString();
        JsonNode masked = pii.maskOrder(order, as(Role.MARKETING));
        assertThat(order.toString()).isEqualTo(before);
        assertThat(masked.at("/customer/email").asText()).isEqualTo("j***@example.com");
        assertThat(masked.at("/customer/name").asText()).isEqualTo("Jane Doe");
        assertThat(masked.at("/shippingAddress/street").asText()).isEqualTo("***");
        assertThat(masked.at("/shippingAddress/postalCode").asText()).isEqualTo("10119");
        assertThat(pii.maskOrder(order, as(Role.ADMIN))).isSameAs(order);

        JsonNode customer = JSON.readTree("""
                {"email":"jane@example.com","phone":null,"addresses":[{"name":"Jane Doe","street":"Torstraße 12"}]}""");
        JsonNode c = pii.maskCustomer(customer, as(Role.MARKETING));
        assertThat(c.at("/email").asText()).isEqualTo("j***@example.com");
        assertThat(c.at("/phone").isNull()).isTrue();
        assertThat(c.at("/addresses/0/street").asText()).isEqualTo("***");
        assertThat(c.at("/addresses/0/name").asText()).isEqualTo("J. D.");
    }
}
