package com.trendythreads.opsdesk.viewmodels.orders;

import static com.trendythreads.opsdesk.viewmodels.orders.HandBuilt.lineA;
import static com.trendythreads.opsdesk.viewmodels.orders.HandBuilt.lineB;
import static com.trendythreads.opsdesk.viewmodels.orders.HandBuilt.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The refund dialog's amount rules on hand-built orders: per line by the platform's formula, never more than
/// was paid, shipping once, VAT shown as included; every refusal names its field and disables Refund.
class RefundViewModelTest {

    private static RefundViewModel dialog(com.trendythreads.opsdesk.api.dto.orders.Order o) {
        return new RefundViewModel(HandBuilt.context(HandBuilt.support()), o);
    }

    private static RefundLineItem line(RefundViewModel vm, String id) {
        return vm.lines().stream().filter(i -> i.line().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theAmountIsPerLineWithItsDiscountAndShowsTheVatItIncludes() {
        RefundViewModel vm = dialog(HandBuilt.shipped());
        assertThat(vm.confirmCommand().isExecutable()).isFalse(); // nothing chosen yet
        line(vm, "l_a").quantityProperty().set(2);
        vm.reasonProperty().set("Too small");
        // A(2) − A(0) = 2 × 2399 = 4798
        assertThat(line(vm, "l_a").amountProperty().get()).isEqualTo("€47.98");
        assertThat(vm.amountProperty().get()).isEqualTo("€47.98");
        // VAT inside 4798 at 19 %: (4798 × 19 + 59) / 119 = 91221 / 119 = 766 (rounded half up)
        assertThat(vm.vatProperty().get()).isEqualTo("incl. €7.66 VAT (19 %)");
        assertThat(vm.effectProperty().get()).isEqualTo("Refund €47.98 to CARD for 2 items of TT-1000123");
        assertThat(vm.confirmCommand().isExecutable()).isTrue();
    }

    @Test
    void partsOfALineAddUpToItsTotal() {
        // a €1.00 discount over 3 units: A(1) = 2499 − 33 = 2466, A(3) = 7497 − 100 = 7397
        var line = new com.trendythreads.opsdesk.api.dto.orders.OrderLine("l_a", "TT-TEE-M-BLK", "prd_tee", "Tee",
                "M", "Black", 3, 2_499, 100, 7_397, 1, 0);
        RefundViewModel vm = dialog(order(OrderStatus.DELIVERED, 12_691, 2_466, List.of(), line, lineB(0, 0)));
        line(vm, "l_a").quantityProperty().set(2);
        // the remaining two units: A(3) − A(1) = 7397 − 2466 = 4931, so 2466 + 4931 = 7397 = the line's total
        assertThat(vm.amountProperty().get()).isEqualTo("€49.31");
    }

    @Test
    void noMoreUnitsThanOrderedMinusRefunded() {
        RefundViewModel vm = dialog(order(OrderStatus.SHIPPED, 12_691, 2_399, List.of(), lineA(1, 0), lineB(0, 0)));
        assertThat(line(vm, "l_a").max()).isEqualTo(2);
        line(vm, "l_a").quantityProperty().set(3);
        vm.reasonProperty().set("Damaged");
        assertThat(line(vm, "l_a").errorProperty().get()).isEqualTo(
                "Quantity of TT-TEE-M-BLK: at most 2 (ordered 3, refunded 1)");
        assertThat(vm.confirmCommand().isExecutable()).isFalse();
    }

    @Test
    void neverMoreThanWasPaidAndNotYetRefunded() {
        // captured 6000, of which 3000 refunded: 3000 left, and line B alone is 4999
        RefundViewModel vm = dialog(order(OrderStatus.DELIVERED, 6_000, 3_000, List.of(), lineA(0, 0), lineB(0, 0)));
        line(vm, "l_b").quantityProperty().set(1);
        vm.reasonProperty().set("Goodwill");
        assertThat(vm.problemProperty().get())
                .isEqualTo("Amount: €49.99 is more than the €30.00 paid and not yet refunded");
        assertThat(vm.confirmCommand().isExecutable()).isFalse();
        assertThat(vm.refundableText()).isEqualTo("€30.00");
    }

    @Test
    void shippingIsRefundedOnceAndAddsToTheAmount() {
        RefundViewModel first = dialog(HandBuilt.shipped());
        assertThat(first.shippingRefundable()).isTrue();
        first.lines().getLast().quantityProperty().set(1);
        first.includeShippingProperty().set(true);
        first.reasonProperty().set("Wrong item");
        assertThat(first.amountProperty().get()).isEqualTo("€54.94"); // 4999 + 495
        assertThat(first.confirmCommand().isExecutable()).isTrue();

        Refund earlier = new Refund("ref_1", 495, List.of(), 495, "late", "ada.admin", HandBuilt.PLACED);
        RefundViewModel second = dialog(order(OrderStatus.SHIPPED, 12_691, 495, List.of(earlier), lineA(0, 0),
                lineB(0, 0)));
        assertThat(second.shippingRefundable()).isFalse();
        second.lines().getLast().quantityProperty().set(1);
        second.includeShippingProperty().set(true);
        second.reasonProperty().set("Wrong item");
        assertThat(second.shippingErrorProperty().get()).isEqualTo("Shipping: already refunded (once per order)");
        assertThat(second.confirmCommand().isExecutable()).isFalse();
    }

    @Test
    void aReasonIsRequiredButNotShoutedBeforeTyping() {
        RefundViewModel vm = dialog(HandBuilt.shipped());
        line(vm, "l_a").quantityProperty().set(1);
        assertThat(vm.reasonErrorProperty().get()).isEmpty();
        assertThat(vm.confirmCommand().isExecutable()).isFalse();
        vm.reasonProperty().set("   ");
        assertThat(vm.reasonErrorProperty().get()).isEqualTo("Reason: say why (it is kept with the order)");
    }

    @Test
    void aCancelledOrderHasNothingToRefund() {
        RefundViewModel vm = dialog(order(OrderStatus.CANCELLED, 12_691, 12_691, List.of(), lineA(0, 0), lineB(0, 0)));
        line(vm, "l_a").quantityProperty().set(1);
        vm.reasonProperty().set("x");
        assertThat(vm.problemProperty().get()).isEqualTo("Order TT-1000123 has no captured payment left to refund");
        assertThat(vm.confirmCommand().isExecutable()).isFalse();
    }

    @Test
    void aRefundFromTheContractsThresholdAsksForThePasswordAndOfflineSaysItNeedsThePlatform() {
        // lane security (issue 10): x-step-up minAmountCents 50000 on refundOrder
        var coat = new com.trendythreads.opsdesk.api.dto.orders.OrderLine("l_c", "TT-COAT-M-BLK", "prd_coat", "Coat",
                "M", "Black", 3, 25_000, 0, 75_000, 0, 0);
        RefundViewModel vm = dialog(order(OrderStatus.DELIVERED, 80_000, 0, List.of(), coat, lineB(0, 0)));
        vm.reasonProperty().set("Faulty zip");
        line(vm, "l_c").quantityProperty().set(1);
        assertThat(vm.stepUpNeededProperty().get()).as("€250.00").isFalse();
        assertThat(vm.confirmCommand().isExecutable()).isTrue();
        line(vm, "l_c").quantityProperty().set(2);
        assertThat(vm.amountProperty().get()).isEqualTo("€500.00");
        assertThat(vm.stepUpNeededProperty().get()).as("from €500.00 on").isTrue();
        assertThat(vm.stepUpHint()).isEqualTo("Refunds from €500.00 need your password and are sent to the platform at once.");
        assertThat(vm.confirmCommand().isExecutable()).as("no password typed").isFalse();

        vm.stepUpPasswordProperty().set("demo");
        vm.confirmCommand().execute();
        // this context has no platform: nothing queued, nothing done, the dialog says why
        assertThat(vm.doneProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("Refunds from €500.00 need the platform, which cannot be"
                + " reached now. Nothing was refunded; try again when online.");
        assertThat(vm.stepUpPasswordProperty().get()).as("the password is not kept").isEmpty();
    }
}
