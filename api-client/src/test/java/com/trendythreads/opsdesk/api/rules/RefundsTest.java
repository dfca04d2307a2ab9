package com.trendythreads.opsdesk.api.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import org.junit.jupiter.api.Test;

class RefundsTest {

    private static OrderLine line(int quantity, long unit, long discount) {
        return new OrderLine("l1", "SKU", "prd_1", "Dress", "M", "Black", quantity, unit, discount,
                unit * quantity - discount, 0, 0);
    }

    @Test
    void refundingALineInPartsAddsUpToExactlyItsTotal() {
        OrderLine l = line(3, 2_000, 500); // total 6000 − 500 = 5500
        // A(1) = 2000 − floor(500/3) = 1834; A(2) = 4000 − floor(1000/3) = 3667; A(3) = 6000 − 500 = 5500
        assertThat(Refunds.nextUnits(l, 0, 1)).isEqualTo(1_834);
        assertThat(Refunds.nextUnits(l, 1, 1)).isEqualTo(1_833);
        assertThat(Refunds.nextUnits(l, 2, 1)).isEqualTo(1_833);
        assertThat(Refunds.nextUnits(l, 0, 3)).isEqualTo(5_500).isEqualTo(l.totalCents());
        assertThat(Refunds.nextUnits(l, 1, 2)).isEqualTo(5_500 - 1_834);
    }

    @Test
    void aLineWithoutDiscountRefundsItsUnitPrice() {
        assertThat(Refunds.nextUnits(line(2, 4_995, 0), 1, 1)).isEqualTo(4_995);
    }

    @Test
    void vatIsTheNineteenPercentInsideTheGrossRoundedHalfUp() {
        assertThat(Refunds.vatIncluded(11_900)).isEqualTo(1_900); // 11900 × 19 / 119
        assertThat(Refunds.vatIncluded(1_834)).isEqualTo(293);    // 292.8… → 293
        assertThat(Refunds.vatIncluded(0)).isZero();
    }
}
