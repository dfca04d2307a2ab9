package com.trendythreads.opsdesk.viewmodels.promo;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.promo.PromoCodeActions;
import com.trendythreads.opsdesk.cache.repo.PromoCodeRepository;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.time.ZoneId;

/// What the promo-code screens share for one session: the cached codes, the write path, who is signed in
/// (the contract's `x-roles`: MARKETING and ADMIN create and change codes, others read), and the zone in
/// which a day of validity starts and ends (the shop's, like every calendar day on the desk).
public record PromoContext(LocalData data, PromoCodeRepository codes, PromoCodeActions actions, SessionUser user,
        TaskRunner runner, Notifier notifier, I18n i18n, ZoneId zone) {

    public static PromoContext of(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n) {
        var session = sessionState.current();
        return of(session.data(), session.user(), runner, notifier, i18n, SalesCalendar.ZONE);
    }

    public static PromoContext of(LocalData data, SessionUser user, TaskRunner runner, Notifier notifier, I18n i18n,
            ZoneId zone) {
        PromoCodeRepository codes = new PromoCodeRepository(data.db());
        return new PromoContext(data, codes, new PromoCodeActions(data.edits(), codes), user, runner, notifier, i18n,
                zone);
    }

    public boolean mayCreate() {
        return user.may("createPromoCode");
    }

    public boolean mayUpdate() {
        return user.may("updatePromoCode");
    }

    public boolean mayBulkCreate() {
        return user.may("bulkCreatePromoCodes");
    }

    public PromoFormat format() {
        return new PromoFormat(i18n, zone);
    }
}
