package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.viewmodels.session.SessionUser;

/// Who may cancel, refund and return: the contract's x-roles of `cancelOrder`, `refundOrder` and
/// `createReturn`, through [SessionUser#may] (the permissions of `/v1/me`, or the contract's matrix offline).
public final class OrderPermissions {

    public static final String CANCEL = "cancelOrder";
    public static final String REFUND = "refundOrder";
    public static final String RETURN = "createReturn";

    private OrderPermissions() {
    }

    public static boolean may(SessionUser user, String operationId) {
        return user.may(operationId);
    }
}
