package com.trendythreads.opsdesk.viewmodels.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// MARKETING may list orders but is outside x-pii-roles and the refund/cancel/return x-roles: the e-mail it
/// sees is the platform's masked one, shown as masked (never as a contact), and every action button is
/// disabled with the reason.
class OrderMaskingTest {

    @TempDir
    static Path tmp;

    static DemoPlatform platform;
    static OrdersDesk desk;

    @BeforeAll
    static void start() {
        platform = OrdersDesk.platform(tmp.resolve("platform"));
        desk = new OrdersDesk(platform, tmp.resolve("cache"), "mark.marketing");
    }

    @AfterAll
    static void stop() {
        desk.close();
        platform.close();
    }

    @Test
    void marketingSeesTheMaskedEmailAsMaskedAndNoRefund() {
        OrdersViewModel vm = desk.list();
        vm.activate();
        Order o = desk.data.orders().all().stream().filter(x -> Refunds.refundableCents(x) > 0).findFirst()
                .orElseThrow();
        vm.open(vm.rows().stream().filter(r -> r.id().equals(o.id())).findFirst().orElseThrow());
        OrderDetailViewModel d = vm.detail();
        assertThat(d.emailProperty().get()).matches("[^@*]\\*\\*\\*@.+");
        assertThat(d.emailMaskedProperty().get()).isTrue();
        assertThat(d.refundBlockedProperty().get()).isEqualTo("Your role (MARKETING) may not refund orders");
        assertThat(d.cancelBlockedProperty().get()).isEqualTo("Your role (MARKETING) may not cancel orders");
        assertThat(d.returnBlockedProperty().get()).isEqualTo("Your role (MARKETING) may not create returns");
        // the list and its export carry the e-mail as masked as the platform sent it
        assertThat(vm.rows()).allSatisfy(r -> assertThat(r.email()).contains("***"));
    }
}
