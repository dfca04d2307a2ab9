package com.trendythreads.opsdesk.platform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Bad input never produces a 500: every action of this domain, on a resource that exists, answers a
/// problem (400 for bodies that are not the right JSON shape, 422 for well-formed bodies with bad values).
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadBodiesTest {

    static final List<String> BODIES = List.of("", "null", "[]", "42", "\"text\"", "{", "{}", "{\"unknown\":1}",
            "{\"lines\":[null],\"reason\":\"x\",\"resolution\":\"RESTOCK\"}",
            "{\"lines\":[{}],\"reason\":\"x\",\"resolution\":\"EXCHANGE\"}",
            "{\"quantity\":99999999999,\"scannedBarcode\":\"x\"}",
            "{\"packageCount\":-5,\"carrier\":null,\"trackingNumber\":\"\",\"pickedQuantity\":-1,\"assigneeId\":\"\"}");

    OrdersPlatform p;
    Order order;
    PickList list;

    @BeforeAll
    void start() {
        p = new OrdersPlatform();
        order = p.order(OrderStatus.DELIVERED, OrdersPlatform.TEE_M, 1, 0);
        list = p.pickList(p.order(OrderStatus.PAID, OrdersPlatform.TEE_M, 1, 0));
    }

    @AfterAll
    void stop() {
        p.close();
    }

    Stream<Arguments> cases() {
        String o = "/v1/orders/" + order.id();
        String pl = "/v1/pick-lists/" + list.id();
        String line = pl + "/lines/" + list.lines().getFirst().id();
        List<Arguments> cases = new ArrayList<>();
        for (String path : List.of(o + "/cancel", o + "/refunds", o + "/returns", pl + "/assign", line + "/confirm",
                line + "/short", pl + "/pack", pl + "/ship")) {
            for (String body : BODIES) {
                cases.add(Arguments.of(path, body));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void isAProblemNeverA500(String path, String body) {
        String user = path.startsWith("/v1/orders") ? "sam.support" : "walt.warehouse";
        Resp r = p.as(user).post(path, body);
        assertThat(r.status()).as(r.body()).isIn(400, 422);
        assertThat(r.header("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.json().path("errors").size()).as(r.body()).isPositive();
    }
}
