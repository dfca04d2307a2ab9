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

/// Every operation of this domain × every demo user: 403 exactly when the user's role is outside the
/// operation's `x-roles` as the contract says (read from openapi.yaml, not restated here).
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdersRbacTest {

    static final List<String> OPERATIONS = List.of("listUsers", "listOrders", "getOrder", "cancelOrder",
            "refundOrder", "createReturn", "listPickLists", "getPickList", "assignPickList", "confirmPickLine",
            "shortPickLine", "packPickList", "shipPickList");

    static final Map<String, Role> ROLE_OF = Map.of("mia.merch", Role.MERCHANDISER, "walt.warehouse", Role.WAREHOUSE,
            "mona.manager", Role.MANAGER, "sam.support", Role.SUPPORT, "mark.marketing", Role.MARKETING,
            "ada.admin", Role.ADMIN);

    static final ContractSpec SPEC = ContractSpec.load("openapi.yaml");

    OrdersPlatform p;
    Order order;
    String pickListId;
    String lineId;

    @BeforeAll
    void start() {
        p = new OrdersPlatform();
        order = p.order(OrderStatus.PAID, OrdersPlatform.TEE_M, 1, 0);
        var list = p.pickList(p.order(OrderStatus.PAID, OrdersPlatform.TEE_M, 1, 0));
        pickListId = list.id();
        lineId = list.lines().getFirst().id();
    }

    @AfterAll
    void stop() {
        p.close();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        for (String op : OPERATIONS) {
            for (String user : OrdersPlatform.USERS) {
                cases.add(Arguments.of(op, user));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void onlyTheContractsRolesMayCall(String operationId, String user) {
        Operation op = SPEC.operation(operationId).orElseThrow();
        assertThat(op.roles()).as("x-roles of " + operationId).isNotEmpty();
        boolean allowed = op.roles().contains(ROLE_OF.get(user));
        Resp r = call(p.as(user), operationId);
        if (allowed) {
            assertThat(r.status()).as(operationId + " as " + user + ": " + r.body()).isNotIn(403, 500, 501);
        } else {
            assertThat(r.status()).as(operationId + " as " + user).isEqualTo(403);
        }
    }

    /// A request the operation accepts when allowed (validation failures are fine: they come after the role
    /// check), chosen not to change shared state, so the matrix can run in any order.
    private Resp call(ApiCaller c, String operationId) {
        String o = "/v1/orders/" + order.id();
        String pl = "/v1/pick-lists/" + pickListId;
        return switch (operationId) {
            case "listUsers" -> c.get("/v1/users");
            case "listOrders" -> c.get("/v1/orders?limit=5");
            case "getOrder" -> c.get(o);
            case "cancelOrder" -> c.post(o + "/cancel", Map.of());
            case "refundOrder" -> c.post(o + "/refunds", Map.of("lines", List.of(), "reason", "x"));
            case "createReturn" -> c.post(o + "/returns", Map.of("resolution", "RESTOCK", "lines", List.of()));
            case "listPickLists" -> c.get("/v1/pick-lists");
            case "getPickList" -> c.get(pl);
            case "assignPickList" -> c.post(pl + "/assign", Map.of("assigneeId", "usr_nobody"));
            case "confirmPickLine" -> c.post(pl + "/lines/" + lineId + "/confirm",
                    Map.of("quantity", 1, "scannedBarcode", "0000"));
            case "shortPickLine" -> c.post(pl + "/lines/" + lineId + "/short", Map.of("pickedQuantity", 5,
                    "reason", "OTHER"));
            case "packPickList" -> c.post(pl + "/pack", Map.of("packageCount", 0));
            case "shipPickList" -> c.post(pl + "/ship", Map.of("carrier", "DHL", "trackingNumber", "x"));
            default -> throw new IllegalArgumentException(operationId);
        };
    }
}
