package com.trendythreads.opsdesk.viewmodels.service.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The 360, the customer search, loyalty adjustments and the GDPR section over a hand-built cache
/// ([HandBuiltCrm]), no toolkit (`TaskRunner.direct()`), no platform.
class Customer360ViewModelTest {

    @TempDir
    Path tmp;

    private HandBuiltCrm crm;

    @AfterEach
    void close() {
        if (crm != null) {
            crm.close();
        }
    }

    private Customer360ViewModel open(HandBuiltCrm c) {
        crm = c;
        Customer360ViewModel vm = crm.customer360();
        vm.activate();
        vm.show(HandBuiltCrm.ID);
        return vm;
    }

    private Customer360ViewModel asSupport() {
        return open(new HandBuiltCrm(tmp, HandBuiltCrm.user("sam.support", "SUPPORT", "listCustomers",
                "adjustLoyaltyPoints", "exportCustomerData", "eraseCustomer", "updateCustomer"), false));
    }

    @Test
    void theTimelineIsEveryCachedEventNewestFirst() {
        Customer360ViewModel vm = asSupport();

        // Day 7 review, day 6 order 2 placed, day 5 consents, day 4 loyalty, day 3 + 1 h ticket solved,
        // day 3 refund (29.99), day 2 return, day 1 + 2 h ticket opened, day 1 shipped, day 0 order 1 placed.
        assertThat(vm.timeline()).extracting(TimelineItem::text).containsExactly(
                "Review “Lovely linen” (4/5)",
                "Order TT-1000002 placed · €64.93",
                "Consents changed",
                "+150 loyalty points by sam.support",
                "Ticket solved: Wrong size",
                "Refund of €29.99 on order TT-1000001",
                "Return of 1 item from order TT-1000001",
                "Ticket opened: Wrong size",
                "Order TT-1000001 shipped",
                "Order TT-1000001 placed · €64.93");
        assertThat(vm.timeline()).extracting(TimelineItem::detail).containsExactly(
                "Published", "", "E-mail marketing: yes · SMS marketing: no · Profiling: no", "Parcel arrived late",
                "", "Too small", "Too small", "E-mail", "DHL", "");
    }

    @Test
    void theProfileOrdersReturnsAndReviewsAreTheCachedOnes() {
        Customer360ViewModel vm = asSupport();
        CustomerProfile p = vm.profileProperty().get();
        assertThat(p.name()).isEqualTo("Luca Rossi");
        assertThat(p.tier()).isEqualTo("Gold");
        assertThat(p.points()).isEqualTo("1,200");
        assertThat(p.lifetimeValue()).isEqualTo("€845.00");
        assertThat(p.orderCount()).as("the platform's count").isEqualTo(7);
        assertThat(p.cachedOrders()).isEqualTo(2);
        assertThat(p.returns()).isEqualTo(1);
        assertThat(p.openTickets()).as("the only ticket is solved").isZero();
        assertThat(p.emailMarketing()).isTrue();
        assertThat(p.smsMarketing()).isFalse();
        assertThat(vm.orders()).extracting(CustomerOrderItem::number, CustomerOrderItem::status,
                CustomerOrderItem::total).containsExactly(
                org.assertj.core.groups.Tuple.tuple("TT-1000002", "Paid", "€64.93"),
                org.assertj.core.groups.Tuple.tuple("TT-1000001", "Delivered", "€64.93"));
        assertThat(vm.returns()).singleElement().satisfies(r -> {
            assertThat(r.orderNumber()).isEqualTo("TT-1000001");
            assertThat(r.resolution()).isEqualTo("Restock");
            assertThat(r.reasons()).isEqualTo("Too small");
        });
        assertThat(vm.reviews()).extracting(CustomerReviewItem::stars).containsExactly("★★★★☆");
    }

    @Test
    void anOrderRowAndAnOrderEventOpenTheOrderAndATicketEventTheTicket() {
        Customer360ViewModel vm = asSupport();
        vm.openOrder(vm.orders().getLast());
        assertThat(crm.links.requestedProperty().get()).isEqualTo(new RecordLinks.Link(Target.ORDER, "ord_1"));
        vm.openEvent(vm.timeline().stream().filter(t -> t.text().startsWith("Ticket opened")).findFirst()
                .orElseThrow());
        assertThat(crm.links.requestedProperty().get()).isEqualTo(new RecordLinks.Link(Target.TICKET, "tkt_1"));
        TimelineItem loyalty = vm.timeline().stream().filter(t -> t.text().contains("loyalty")).findFirst()
                .orElseThrow();
        assertThat(loyalty.opens()).isFalse();
    }

    @Test
    void anAdjustmentOfZeroWithoutReasonOrBelowZeroNamesTheFieldAndQueuesNothing() {
        Customer360ViewModel vm = asSupport();
        LoyaltyAdjustViewModel loyalty = vm.loyalty();

        loyalty.pointsProperty().set("0");
        loyalty.adjustCommand().execute();
        assertThat(loyalty.pointsErrorProperty().get()).isEqualTo("Points: Must not be 0.");
        assertThat(loyalty.reasonErrorProperty().get()).isEqualTo("Reason: Required.");

        loyalty.pointsProperty().set("-1201");
        loyalty.reasonProperty().set("Fraud");
        assertThat(loyalty.pointsErrorProperty().get()).as("shown as the user types")
                .isEqualTo("Points: Would take the balance below 0 (it is 1,200).");
        assertThat(loyalty.reasonErrorProperty().get()).isEmpty();
        loyalty.adjustCommand().execute();

        loyalty.pointsProperty().set("abc");
        assertThat(loyalty.pointsErrorProperty().get()).isEqualTo("Points: A whole number such as +150 or -40.");
        loyalty.adjustCommand().execute();

        assertThat(crm.data.edits()).isNotNull();
        assertThat(outboxSize()).as("nothing queued").isZero();
        assertThat(crm.data.customers().get(HandBuiltCrm.ID).orElseThrow().loyaltyPoints()).isEqualTo(1200);
    }

    @Test
    void aValidAdjustmentMovesTheBalanceAtOnceAndShowsAsPendingWithItsReason() {
        Customer360ViewModel vm = asSupport();
        LoyaltyAdjustViewModel loyalty = vm.loyalty();
        loyalty.pointsProperty().set("+250");
        loyalty.reasonProperty().set("  Birthday gesture ");
        assertThat(loyalty.previewProperty().get()).isEqualTo("Balance 1,200 → 1,450");
        loyalty.adjustCommand().execute();

        assertThat(outboxSize()).isEqualTo(1);
        assertThat(vm.profileProperty().get().points()).isEqualTo("1,450");
        assertThat(loyalty.history().getFirst()).satisfies(a -> {
            assertThat(a.points()).isEqualTo("+250");
            assertThat(a.reason()).isEqualTo("Birthday gesture");
            assertThat(a.by()).isEqualTo("sam.support");
            assertThat(a.pending()).isTrue();
        });
        assertThat(loyalty.history().getLast().reason()).isEqualTo("Parcel arrived late");
        assertThat(loyalty.pointsProperty().get()).as("the form is cleared").isEmpty();
        assertThat(loyalty.pointsErrorProperty().get()).as("and not in error").isEmpty();
        assertThat(crm.notifier.infos).containsExactly("+250 points for Luca Rossi: queued, sent with the next sync.");
        Customer shown = crm.data.customers().get(HandBuiltCrm.ID).orElseThrow();
        assertThat(shown.adjustments()).hasSize(2);
    }

    @Test
    void aManagerSeesRealContactsThatCanBeUsed() {
        Customer360ViewModel vm = open(new HandBuiltCrm(tmp, HandBuiltCrm.user("mia.manager", "MANAGER",
                "listCustomers", "adjustLoyaltyPoints"), false));
        CustomerProfile p = vm.profileProperty().get();
        assertThat(p.email()).isEqualTo("luca.rossi@example.com");
        assertThat(p.emailUsable()).isTrue();
        assertThat(p.emailMasked()).isFalse();
        assertThat(p.phoneUsable()).isTrue();
        assertThat(vm.loyalty().allowedProperty().get()).as("MANAGER may adjust points").isTrue();
        assertThat(vm.gdpr().askEraseCommand().isExecutable()).as("but not erase (SUPPORT, ADMIN)").isFalse();
        assertThat(vm.gdpr().notAllowedText(false)).contains("may not");
    }

    @Test
    void marketingSeesMaskedValuesAsMaskedAndNeverAsAContact() {
        Customer360ViewModel vm = open(new HandBuiltCrm(tmp, HandBuiltCrm.user("mark.marketing", "MARKETING",
                "listCustomers"), true));
        CustomerProfile p = vm.profileProperty().get();
        assertThat(p.email()).isEqualTo("l***@example.com");
        assertThat(p.emailMasked()).isTrue();
        assertThat(p.emailUsable()).as("a masked e-mail is no contact").isFalse();
        assertThat(p.phone()).isEqualTo("+39 *** ***67");
        assertThat(p.phoneUsable()).isFalse();
        assertThat(p.address()).startsWith("***");
        assertThat(vm.loyalty().allowedProperty().get()).isFalse();
        assertThat(vm.loyalty().notAllowedText()).isEqualTo("Your role may not adjust loyalty points.");
        vm.loyalty().pointsProperty().set("10");
        vm.loyalty().reasonProperty().set("x");
        vm.loyalty().adjustCommand().execute();
        assertThat(outboxSize()).isZero();
        assertThat(vm.gdpr().askExportCommand().isExecutable()).isFalse();
    }

    @Test
    void theSearchFindsByNameEmailOrPhoneAsMaskedAsTheRoleSeesThem() {
        crm = new HandBuiltCrm(tmp, HandBuiltCrm.user("mark.marketing", "MARKETING", "listCustomers"), true);
        CustomersViewModel vm = crm.customers();
        vm.activate();
        assertThat(vm.results()).extracting(CustomerRowItem::name).containsExactly("Luca Rossi");
        vm.queryProperty().set("rossi luca");
        assertThat(vm.results()).as("last name first").hasSize(1);
        vm.queryProperty().set("luca bianchi");
        assertThat(vm.results()).isEmpty();
        vm.queryProperty().set("ROSSI");
        assertThat(vm.results()).extracting(CustomerRowItem::email).containsExactly("l***@example.com");
        vm.queryProperty().set("luca.rossi@");
        assertThat(vm.results()).as("the real e-mail is not in a masked cache").isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("No customer matches.");
        vm.queryProperty().set("nobody");
        vm.queryProperty().set("***67");
        assertThat(vm.results()).hasSize(1);
        vm.selectedProperty().set(vm.results().getFirst());
        assertThat(vm.customer360().profileProperty().get().name()).isEqualTo("Luca Rossi");
    }

    @Test
    void aManagerFindsTheCustomerByPhoneWithOrWithoutSpaces() {
        crm = new HandBuiltCrm(tmp, HandBuiltCrm.user("mia.manager", "MANAGER", "listCustomers"), false);
        CustomersViewModel vm = crm.customers();
        vm.activate();
        vm.queryProperty().set("nobody");
        assertThat(vm.results()).isEmpty();
        vm.queryProperty().set("3331234567");
        assertThat(vm.results()).extracting(CustomerRowItem::id).containsExactly(HandBuiltCrm.ID);
        vm.queryProperty().set("nobody");
        vm.queryProperty().set("333 1234");
        assertThat(vm.results()).hasSize(1);
        assertThat(vm.statusProperty().get()).isEqualTo("1 customer");
        vm.queryProperty().set("50%_off");
        assertThat(vm.results()).as("wildcards are text").isEmpty();
    }

    @Test
    void aLinkToACustomerOpensThemWhenTheSearchIsShown() {
        crm = new HandBuiltCrm(tmp, HandBuiltCrm.user("sam.support", "SUPPORT", "listCustomers"), false);
        CustomersViewModel vm = crm.customers();
        crm.links.open(Target.CUSTOMER, HandBuiltCrm.ID);
        vm.activate();
        assertThat(vm.selectedProperty().get()).extracting(CustomerRowItem::id).isEqualTo(HandBuiltCrm.ID);
        assertThat(vm.customer360().profileProperty().get().name()).isEqualTo("Luca Rossi");
        assertThat(crm.links.requestedProperty().get()).as("taken").isNull();
    }

    @Test
    void theHistoryComesFromThePlatformSoWithoutItTheTabSaysSo() {
        // lane security (issue 10): no platform in this session, so no call is tried
        Customer360ViewModel vm = asSupport();
        assertThat(vm.history().lines()).isEmpty();
        assertThat(vm.history().messageProperty().get()).isEqualTo("The history comes from the platform's audit log"
                + " and needs the platform, which cannot be reached now.");
    }

    @Test
    void gdprRequestsOfflineNeedThePlatformAndChangeNothing() {
        Customer360ViewModel vm = asSupport();
        GdprViewModel gdpr = vm.gdpr();
        gdpr.askEraseCommand().execute();
        assertThat(gdpr.stepProperty().get()).isEqualTo(GdprViewModel.Step.CONFIRM_ERASE);
        assertThat(gdpr.confirmTextProperty().get()).contains("Luca Rossi").contains("cannot be undone");
        assertThat(gdpr.eraseCommand().isExecutable()).as("a reason first").isFalse();
        gdpr.eraseReasonProperty().set("Customer asked");
        assertThat(gdpr.eraseCommand().isExecutable()).as("the password again (step-up)").isFalse();
        gdpr.stepUpPasswordProperty().set("demo");
        gdpr.eraseCommand().execute();
        assertThat(gdpr.stepUpPasswordProperty().get()).as("not kept").isEmpty();
        assertThat(gdpr.resultProperty().get()).startsWith("This needs the platform");
        assertThat(gdpr.toneProperty().get()).isEqualTo(GdprViewModel.Tone.WARNING);
        assertThat(crm.data.customers().get(HandBuiltCrm.ID)).isPresent();

        gdpr.askExportCommand().execute();
        assertThat(gdpr.confirmTextProperty().get()).contains("personal data of Luca Rossi");
        assertThat(gdpr.confirmExportCommand().isExecutable()).as("the password again (step-up)").isFalse();
        gdpr.stepUpPasswordProperty().set("demo");
        assertThat(gdpr.confirmExportCommand().isExecutable()).isTrue();
        gdpr.export(tmp.resolve("export.json"));
        assertThat(gdpr.resultProperty().get()).startsWith("This needs the platform");
        assertThat(tmp.resolve("export.json")).doesNotExist();
        assertThat(outboxSize()).isZero();
    }

    @Test
    void aCustomerErasedMeanwhileShowsAsMissing() {
        Customer360ViewModel vm = asSupport();
        crm.db.write(tx -> new com.trendythreads.opsdesk.cache.store.LocalTables()
                .purgeCustomer(tx.handle(), HandBuiltCrm.ID));
        vm.reload();
        assertThat(vm.profileProperty().get().missing()).isTrue();
        assertThat(vm.orders()).isEmpty();
        assertThat(vm.timeline()).isEmpty();
    }

    @Test
    void aConsentChangeShowsAtOnceQueuesOnePatchAndIsTheLatestConsentEvent() {
        Customer360ViewModel vm = asSupport();
        assertThat(vm.mayEditConsents()).isTrue();
        vm.setConsent(Customer360ViewModel.Consent.SMS_MARKETING, true);

        assertThat(vm.profileProperty().get().smsMarketing()).isTrue();
        assertThat(vm.profileProperty().get().emailMarketing()).as("the others stay").isTrue();
        assertThat(outboxSize()).isEqualTo(1);
        String payload = crm.db.read(h -> h.createQuery("SELECT payload FROM outbox").mapTo(String.class).one());
        assertThat(payload).isEqualTo("{\"consents\":{\"smsMarketing\":true}}");
        TimelineItem first = vm.timeline().getFirst();
        assertThat(first.text()).as("the fixed clock is after every other event").isEqualTo("Consents changed");
        assertThat(first.detail()).isEqualTo("E-mail marketing: yes · SMS marketing: yes · Profiling: no");
    }

    @Test
    void marketingMayNotChangeConsents() {
        Customer360ViewModel vm = open(new HandBuiltCrm(tmp, HandBuiltCrm.user("mark.marketing", "MARKETING",
                "listCustomers"), true));
        assertThat(vm.mayEditConsents()).isFalse();
        vm.setConsent(Customer360ViewModel.Consent.PROFILING, true);
        assertThat(outboxSize()).isZero();
        assertThat(vm.profileProperty().get().profiling()).isFalse();
    }

    private int outboxSize() {
        return crm.db.read(h -> h.createQuery("SELECT COUNT(*) FROM outbox").mapTo(Integer.class).one());
    }
}
