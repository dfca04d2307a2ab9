package com.trendythreads.opsdesk.viewmodels.promo;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.cache.promo.PromoCodeActions;
import com.trendythreads.opsdesk.cache.repo.PromoCodeRepository;

/// One row of the codes list, as shown.
///
/// @param pending a batch the platform has not generated yet (its stand-in row)
public record PromoCodeItem(PromoCode code, String codeText, String type, String value, String validity,
        String limits, String minOrder, String scope, String status, int redemptions, boolean pending) {

    static PromoCodeItem of(PromoCode c, PromoFormat f) {
        boolean pending = PromoCodeRepository.isPending(c);
        String pendingText = PromoCodeActions.pendingBatch(c.code())
                .map(b -> f.i18n().get("promo.pendingBatch", b.prefix(), b.count())).orElse(c.code());
        String status = pending ? f.i18n().get("promo.status.pending")
                : f.i18n().get(c.active() ? "promo.status.active" : "promo.status.inactive");
        return new PromoCodeItem(c, pending ? pendingText : c.code(), f.type(c.type()), f.value(c.type(), c.value()),
                f.validity(c), f.limits(c), f.minOrder(c.minOrderCents()), f.scope(c.scope()), status,
                c.redemptions(), pending);
    }
}
