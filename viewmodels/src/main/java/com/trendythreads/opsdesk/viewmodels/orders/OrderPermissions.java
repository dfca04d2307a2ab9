package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.util.List;

/// Who may cancel, refund and return: the contract's x-roles of `cancelOrder`, `refundOrder` and
/// `createReturn` (SUPPORT, MANAGER, ADMIN), read from the permitted operationIds of `/v1/me`; a session
/// that remembers no permissions falls back to those roles.
public final class OrderPermissions {

    public static final String CANCEL = "cancelOrder";
    public static final String REFUND = "refundOrder";
    public static final String RETURN = "createReturn";

    private static final List<String> ACTING_ROLES = List.of("SUPPORT", "MANAGER", "ADMIN");

    private OrderPermissions() {
    }

    public static boolean may(SessionUser user, String operationId) {
        return user.may(operationId, ACTING_ROLES);
    }
}
