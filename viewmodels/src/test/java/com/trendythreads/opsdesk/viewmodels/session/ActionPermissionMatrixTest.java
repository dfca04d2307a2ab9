package com.trendythreads.opsdesk.viewmodels.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.rules.Permissions;
import com.trendythreads.opsdesk.viewmodels.campaigns.CampaignsContext;
import com.trendythreads.opsdesk.viewmodels.catalog.CatalogViewModel;
import com.trendythreads.opsdesk.viewmodels.orders.OrderPermissions;
import com.trendythreads.opsdesk.viewmodels.promo.PromoContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/// The client half of the permission matrix for actions: every role × every gated action, offered iff the
/// contract's matrix ([Permissions]) lets the role call the action's operation — signed in offline (roles
/// only) and online (the permissions `/v1/me` lists). The workspace half is in `ShellViewModelTest`.
class ActionPermissionMatrixTest {

    /// Each gate the ViewModels use, by the operation it stands for.
    private static final Map<String, Predicate<SessionUser>> GATES = Map.of(
            "updateProduct", CatalogViewModel::mayEdit,
            "cancelOrder", u -> OrderPermissions.may(u, OrderPermissions.CANCEL),
            "refundOrder", u -> OrderPermissions.may(u, OrderPermissions.REFUND),
            "createReturn", u -> OrderPermissions.may(u, OrderPermissions.RETURN),
            "createPromoCode", u -> promo(u).mayCreate(),
            "updatePromoCode", u -> promo(u).mayUpdate(),
            "bulkCreatePromoCodes", u -> promo(u).mayBulkCreate(),
            "createCampaign", u -> campaigns(u).mayCreate(),
            "updateCampaign", u -> campaigns(u).mayUpdate(),
            "scheduleCampaign", u -> campaigns(u).maySchedule());

    private static final List<String> ALSO_BY_MAY = List.of("updateCustomer", "adjustLoyaltyPoints",
            "exportCustomerData", "eraseCustomer", "replyToTicket", "updateTicket", "createSegment", "createTransfer",
            "shipTransfer", "receiveTransfer", "adjustStock", "updateStockLevel");

    @Test
    void everyRoleIsOfferedExactlyTheActionsTheContractAllows() {
        Permissions matrix = Permissions.contract();
        for (String role : matrix.roles()) {
            SessionUser offline = new SessionUser("u", "U", List.of(role), Set.of());
            SessionUser online = new SessionUser("u", "U", List.of(role), matrix.operationsFor(List.of(role)));
            for (SessionUser user : List.of(offline, online)) {
                GATES.forEach((op, gate) -> assertThat(gate.test(user)).as("%s may %s", role, op)
                        .isEqualTo(matrix.allows(List.of(role), op)));
                for (String op : ALSO_BY_MAY) {
                    assertThat(user.may(op)).as("%s may %s", role, op).isEqualTo(matrix.allows(List.of(role), op));
                }
            }
        }
    }

    @Test
    void theRememberedPermissionsOfMeWinOverTheContractOnline() {
        // A platform that changed its mind (a role revoked server-side): the desk follows /v1/me.
        SessionUser narrowed = new SessionUser("u", "U", List.of("ADMIN"), Set.of("listProducts"));
        assertThat(CatalogViewModel.mayEdit(narrowed)).isFalse();
        assertThat(narrowed.may("listProducts")).isTrue();
    }

    private static CampaignsContext campaigns(SessionUser user) {
        return new CampaignsContext(null, null, null, null, null, null, null, null, null, user);
    }

    private static PromoContext promo(SessionUser user) {
        return new PromoContext(null, null, null, user, null, null, null, null);
    }
}
