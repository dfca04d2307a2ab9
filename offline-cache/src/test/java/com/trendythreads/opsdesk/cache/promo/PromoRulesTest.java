package com.trendythreads.opsdesk.cache.promo;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeBulkCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodePatch;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PromoRulesTest {

    static final Instant FROM = Instant.parse("2026-12-01T00:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-12-31T23:59:59Z");

    static PromoCodeCreate code(String code, PromoType type, Long value, Instant from, Instant until) {
        return new PromoCodeCreate(code, type, value, from, until, null, null, null, null, null);
    }

    private static List<String> fieldsAndCodes(List<Violation> v) {
        return v.stream().map(x -> x.field() + ":" + x.code()).toList();
    }

    @Test
    void aValidCodeOfEachTypePasses() {
        assertThat(PromoRules.validate(code("XMAS10", PromoType.PERCENT, 10L, FROM, UNTIL), c -> false)).isEmpty();
        assertThat(PromoRules.validate(code("FIVE-OFF", PromoType.FIXED_AMOUNT, 500L, FROM, null), c -> false))
                .isEmpty();
        assertThat(PromoRules.validate(code("SHIPFREE", PromoType.FREE_SHIPPING, 0L, FROM, UNTIL), c -> false))
                .isEmpty();
        assertThat(PromoRules.validate(code("P100", PromoType.PERCENT, 100L, FROM, UNTIL), c -> false)).isEmpty();
        assertThat(PromoRules.validate(code("P000", PromoType.PERCENT, 0L, FROM, UNTIL), c -> false)).isEmpty();
    }

    @Test
    void percentOutside0To100IsRefusedOnTheValueField() {
        assertThat(fieldsAndCodes(PromoRules.validate(code("P101", PromoType.PERCENT, 101L, FROM, UNTIL), c -> false)))
                .containsExactly("value:rule.promo.percent");
        assertThat(fieldsAndCodes(PromoRules.validate(code("PNEG", PromoType.PERCENT, -1L, FROM, UNTIL), c -> false)))
                .containsExactly("value:rule.promo.percent");
    }

    @Test
    void endMustBeAfterStart() {
        assertThat(fieldsAndCodes(PromoRules.validate(code("BACKWARDS", PromoType.PERCENT, 5L, UNTIL, FROM),
                c -> false))).containsExactly("validUntil:rule.promo.endAfterStart");
        assertThat(fieldsAndCodes(PromoRules.validate(code("SAMEDAY", PromoType.PERCENT, 5L, FROM, FROM),
                c -> false))).containsExactly("validUntil:rule.promo.endAfterStart");
    }

    @Test
    void aCodeThatExistsIsADuplicate() {
        Set<String> existing = Set.of("XMAS10");
        assertThat(fieldsAndCodes(PromoRules.validate(code("XMAS10", PromoType.PERCENT, 10L, FROM, UNTIL),
                existing::contains))).containsExactly("code:rule.promo.duplicate");
    }

    @Test
    void everyBrokenRuleNamesItsField() {
        PromoCodeCreate bad = new PromoCodeCreate("x", null, null, null, null, 0, 0, -5L, null, null);
        assertThat(fieldsAndCodes(PromoRules.validate(bad, c -> false))).containsExactlyInAnyOrder(
                "code:rule.promo.code", "type:rule.required", "value:rule.required", "validFrom:rule.required",
                "usageLimitTotal:rule.min", "usageLimitPerCustomer:rule.min", "minOrderCents:rule.min");
    }

    @Test
    void fixedAmountNeedsACentAndFreeShippingZero() {
        assertThat(fieldsAndCodes(PromoRules.validate(code("ZERO", PromoType.FIXED_AMOUNT, 0L, FROM, null),
                c -> false))).containsExactly("value:rule.promo.amount");
        assertThat(fieldsAndCodes(PromoRules.validate(code("SHIP5", PromoType.FREE_SHIPPING, 5L, FROM, null),
                c -> false))).containsExactly("value:rule.promo.freeShipping");
    }

    @Test
    void perCustomerAboveTotalIsOnlyAWarning() {
        PromoCodeCreate c = new PromoCodeCreate("LIMITS", PromoType.PERCENT, 5L, FROM, null, 10, 20, null, null, null);
        List<Violation> v = PromoRules.validate(c, x -> false);
        assertThat(fieldsAndCodes(v)).containsExactly("usageLimitPerCustomer:rule.promo.perCustomerAboveTotal");
        assertThat(PromoRules.hasErrors(v)).isFalse();
    }

    @Test
    void aBatchNeedsAPrefixAndACountUpTo10000() {
        PromoCodeBulkCreate ok = new PromoCodeBulkCreate("WINTER", 10_000, 8, PromoType.PERCENT, 15L, FROM, UNTIL,
                1, 1, null, null, null);
        assertThat(PromoRules.validate(ok)).isEmpty();
        PromoCodeBulkCreate bad = new PromoCodeBulkCreate("win-ter", 10_001, 4, PromoType.PERCENT, 150L, FROM, FROM,
                null, null, null, null, null);
        assertThat(fieldsAndCodes(PromoRules.validate(bad))).containsExactlyInAnyOrder("prefix:rule.promo.prefix",
                "count:rule.promo.between", "randomLength:rule.promo.between", "value:rule.promo.percent",
                "validUntil:rule.promo.endAfterStart");
    }

    @Test
    void aChangeCannotEndBeforeTheCodeStarts() {
        PromoCode current = new PromoCode("XMAS10", PromoType.PERCENT, 10, FROM, UNTIL, null, null, null, null, null,
                true, 0, FROM, 1);
        assertThat(fieldsAndCodes(PromoRules.validate(current,
                new PromoCodePatch(null, FROM.minusSeconds(1), null, null, null, null))))
                .containsExactly("validUntil:rule.promo.endAfterStart");
        assertThat(PromoRules.validate(current, new PromoCodePatch(false, null, 100, null, null, null))).isEmpty();
    }
}
