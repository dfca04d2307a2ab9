package com.trendythreads.opsdesk.platform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.http.ContractSpec;
import com.trendythreads.opsdesk.platform.http.Operation;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// Reads of real orders, pick lists and users × every demo user: a role in the operation's `x-roles` gets
/// 200 with the resource (a contract-valid body), any other role 403. `RoleMatrixTest` covers every
/// operation × role with unknown ids, where an allowed role only ever reaches a 404 or 400; this proves the
/// allowed roles are answered with real data, so no handler adds a rule of its own on top of `x-roles`.
/// (PII masking per role is in `OrdersApiTest`.)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdersRbacTest {

    static final List<String> READS = List.of("listUsers", "listOrders", "getOrder", "listPickLists", "getPickList");

    static final Map<String, Role> ROLE_OF = Map.of("mia.merch", Role.MERCHANDISER, "walt.warehouse", Role.WAREHOUSE,
            "mona.manager", Role.MANAGER, "sam.support", Role.SUPPORT, "mark.marketing", Role.MARKETING,
            "ada.admin", Role.ADMIN);

    static final ContractSpec SPEC = ContractSpec.load("openapi.yaml");

    OrdersPlatform p;
    Order order;
    String pickListId;

    @BeforeAll
    void start() {
        p = new OrdersPlatform();
        order = p.order(OrderStatus.PAID, OrdersPlatform.TEE_M, 1, 0);
        pickListId = p.pickList(p.order(OrderStatus.PAID, OrdersPlatform.TEE_M, 1, 0)).id();
    }

    @AfterAll
    void stop() {
        p.close();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String op : READS) {
            for (String user : OrdersPlatform.USERS) {
                cases.add(Arguments.of(op, user));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void allowedRolesReadRealData(String operationId, String user) {
        Operation op = SPEC.operation(operationId).orElseThrow();
        boolean allowed = op.roles().contains(ROLE_OF.get(user));
        Resp r = call(p.as(user), operationId);
        if (allowed) {
            assertThat(r.status()).as(operationId + " as " + user + ": " + r.body()).isEqualTo(200);
            if (operationId.startsWith("list")) {
                assertThat(r.json().path("items").size()).as(operationId + " as " + user).isPositive();
            }
        } else {
            assertThat(r.status()).as(operationId + " as " + user).isEqualTo(403);
        }
    }

    private Resp call(ApiCaller c, String operationId) {
        return switch (operationId) {
            case "listUsers" -> c.get("/v1/users");
            case "listOrders" -> c.get("/v1/orders?limit=5");
            case "getOrder" -> c.get("/v1/orders/" + order.id());
            case "listPickLists" -> c.get("/v1/pick-lists");
            case "getPickList" -> c.get("/v1/pick-lists/" + pickListId);
            default -> throw new IllegalArgumentException(operationId);
        };
    }
}
