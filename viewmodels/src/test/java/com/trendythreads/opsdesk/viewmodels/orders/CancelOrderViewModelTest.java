package com.trendythreads.opsdesk.viewmodels.orders;

import static com.trendythreads.opsdesk.viewmodels.orders.HandBuilt.lineA;
import static com.trendythreads.opsdesk.viewmodels.orders.HandBuilt.lineB;
import static com.trendythreads.opsdesk.viewmodels.orders.HandBuilt.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import java.util.List;
import org.junit.jupiter.api.Test;

/// Lane security (issue 10): the cancel dialog on hand-built orders. A cancel refunds everything captured and
/// not yet refunded, so from `cancelOrder`'s step-up threshold it asks for the password and is sent online.
class CancelOrderViewModelTest {

    private static CancelOrderViewModel dialog(Order o) {
        return new CancelOrderViewModel(HandBuilt.context(HandBuilt.support()), o);
    }

    private static Order paid(long captured, long refunded) {
        return order(OrderStatus.PAID, captured, refunded, List.of(), lineA(0, 0), lineB(0, 0));
    }

    @Test
    void aCancelThatRefundsLessThanTheThresholdAsksForNoPassword() {
        CancelOrderViewModel vm = dialog(paid(49_999, 0));
        assertThat(vm.stepUpNeededProperty().get()).as("€499.99").isFalse();
        assertThat(vm.confirmCommand().isExecutable()).as("no reason yet").isFalse();
        vm.reasonProperty().set("Customer asked");
        assertThat(vm.confirmCommand().isExecutable()).isTrue();
    }

    @Test
    void whatWasRefundedAlreadyDoesNotCount() {
        Refund earlier = new Refund("ref_1", 20_000, List.of(), 0, "late", "ada.admin", HandBuilt.PLACED);
        CancelOrderViewModel vm = dialog(order(OrderStatus.PAID, 60_000, 20_000, List.of(earlier), lineA(0, 0),
                lineB(0, 0)));
        assertThat(vm.effect()).isEqualTo("Cancel TT-1000123: €400.00 goes back to the customer and the stock is"
                + " released.");
        assertThat(vm.stepUpNeededProperty().get()).as("€600.00 captured, €400.00 left to refund").isFalse();
    }

    @Test
    void aCancelThatRefundsTheThresholdAsksForThePasswordAndOfflineSaysItNeedsThePlatform() {
        CancelOrderViewModel vm = dialog(paid(50_000, 0));
        assertThat(vm.stepUpNeededProperty().get()).as("€500.00").isTrue();
        assertThat(vm.stepUpHint()).isEqualTo("Cancelling refunds what was paid: from €500.00 it needs your password"
                + " and is sent to the platform at once.");
        vm.reasonProperty().set("Customer asked");
        assertThat(vm.confirmCommand().isExecutable()).as("no password typed").isFalse();

        vm.stepUpPasswordProperty().set("demo");
        assertThat(vm.confirmCommand().isExecutable()).isTrue();
        vm.confirmCommand().execute();
        // this context has no platform: nothing queued (it has no outbox either), nothing done, the dialog says why
        assertThat(vm.doneProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("Cancellations that refund €500.00 or more need the"
                + " platform, which cannot be reached now. Nothing was cancelled; try again when online.");
        assertThat(vm.stepUpPasswordProperty().get()).as("the password is not kept").isEmpty();
        assertThat(vm.confirmCommand().isExecutable()).as("a password again for the next try").isFalse();
    }
}
