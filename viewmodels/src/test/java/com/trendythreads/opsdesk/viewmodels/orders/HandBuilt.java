package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.orders.FulfilmentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCustomer;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Payment;
import com.trendythreads.opsdesk.api.dto.orders.PaymentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// Orders built by hand for the dialog rules (no cache, no platform: the arithmetic is in the comments).
final class HandBuilt {

    static final Instant PLACED = Instant.parse("2026-11-20T10:00:00Z");

    private HandBuilt() {
    }

    /// Line A: 3 × €24.99 with a €3.00 line discount, so A(n) = 2499·n − floor(300·n / 3) = 2399·n.
    static OrderLine lineA(int refunded, int returned) {
        return new OrderLine("l_a", "TT-TEE-M-BLK", "prd_tee", "Tee", "M", "Black", 3, 2_499, 300, 7_197, refunded,
                returned);
    }

    /// Line B: 1 × €49.99, no discount.
    static OrderLine lineB(int refunded, int returned) {
        return new OrderLine("l_b", "TT-JEAN-32-BLU", "prd_jean", "Jeans", "32", "Blue", 1, 4_999, 0, 4_999, refunded,
                returned);
    }

    /// 7,197 + 4,999 + 495 shipping = 12,691 captured by CARD.
    static Order order(OrderStatus status, long captured, long refunded, List<Refund> refunds, OrderLine... lines) {
        return new Order("ord_1", "TT-1000123", PLACED, OrderChannel.WEB, "WH-BER", status, PaymentStatus.PAID,
                FulfilmentStatus.SHIPPED, new OrderCustomer("cus_1", "Jane Doe", "j***@example.com", "+49 *** ***12"),
                new Address("J. D.", "***", "10115", "Berlin", "DE"), null, List.of(lines), 12_196, 300, 495, 2_026,
                12_691, refunded, Order.Currency.EUR, List.of(), null,
                List.of(new Payment("pay_1", Payment.Kind.CAPTURE, Payment.Method.CARD, captured, PLACED)), refunds,
                List.of(), List.of(), null, null, null, false, PLACED, 3);
    }

    static Order shipped() {
        return order(OrderStatus.SHIPPED, 12_691, 0, List.of(), lineA(0, 0), lineB(0, 0));
    }

    static OrdersContext context(SessionUser user) {
        InMemorySettingsStore settings = new InMemorySettingsStore();
        settings.setLocale(Locale.ENGLISH);
        return new OrdersContext(null, null, user, TaskRunner.direct(), new Fakes.RecordingNotifier(),
                new I18n(settings), Clock.fixed(PLACED.plusSeconds(86_400), ZoneOffset.UTC), new RecordLinks(), null);
    }

    static SessionUser support() {
        return new SessionUser("sam.support", "Sam Support", List.of("SUPPORT"), Set.of("refundOrder", "cancelOrder",
                "createReturn", "listOrders"));
    }
}
