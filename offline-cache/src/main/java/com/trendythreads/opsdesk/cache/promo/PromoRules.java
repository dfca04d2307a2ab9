package com.trendythreads.opsdesk.cache.promo;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeBulkCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodePatch;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/// THE rules of a promo code, the same as the platform's (`createPromoCode`, `bulkCreatePromoCodes`,
/// `updatePromoCode` in `openapi.yaml`), checked on the desk so that nothing wrong is queued. Each broken
/// rule names its field (`code`, `value`, `validUntil`, …) and a `rule.*` bundle key.
public final class PromoRules {

    /// 3–32 capital letters, digits, `-` or `_`, starting with a letter or digit.
    public static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{2,31}$");
    /// 2–12 capital letters or digits.
    public static final Pattern PREFIX = Pattern.compile("^[A-Z0-9]{2,12}$");
    public static final int MAX_BULK = 10_000;
    public static final int MIN_RANDOM = 6;
    public static final int MAX_RANDOM = 16;

    private PromoRules() {
    }

    /// A new code. `taken` says whether a code already exists (in the cache, or earlier in an import).
    public static List<Violation> validate(PromoCodeCreate c, Predicate<String> taken) {
        List<Violation> out = new ArrayList<>();
        if (blank(c.code())) {
            out.add(Violation.error("code", "rule.required"));
        } else if (!CODE.matcher(c.code()).matches()) {
            out.add(Violation.error("code", "rule.promo.code"));
        } else if (taken.test(c.code())) {
            out.add(Violation.error("code", "rule.promo.duplicate", c.code()));
        }
        terms(out, c.type(), c.value(), c.validFrom(), c.validUntil(), c.usageLimitTotal(),
                c.usageLimitPerCustomer(), c.minOrderCents());
        return List.copyOf(out);
    }

    /// A batch of generated codes.
    public static List<Violation> validate(PromoCodeBulkCreate b) {
        List<Violation> out = new ArrayList<>();
        if (blank(b.prefix())) {
            out.add(Violation.error("prefix", "rule.required"));
        } else if (!PREFIX.matcher(b.prefix()).matches()) {
            out.add(Violation.error("prefix", "rule.promo.prefix"));
        }
        if (b.count() == null) {
            out.add(Violation.error("count", "rule.required"));
        } else if (b.count() < 1 || b.count() > MAX_BULK) {
            out.add(Violation.error("count", "rule.promo.between", 1, MAX_BULK));
        }
        if (b.randomLength() != null && (b.randomLength() < MIN_RANDOM || b.randomLength() > MAX_RANDOM)) {
            out.add(Violation.error("randomLength", "rule.promo.between", MIN_RANDOM, MAX_RANDOM));
        }
        terms(out, b.type(), b.value(), b.validFrom(), b.validUntil(), b.usageLimitTotal(),
                b.usageLimitPerCustomer(), b.minOrderCents());
        return List.copyOf(out);
    }

    /// A change of an existing code (type, value and start cannot change on the platform).
    public static List<Violation> validate(PromoCode current, PromoCodePatch p) {
        List<Violation> out = new ArrayList<>();
        if (p.validUntil() != null && !p.validUntil().isAfter(current.validFrom())) {
            out.add(Violation.error("validUntil", "rule.promo.endAfterStart"));
        }
        limits(out, p.usageLimitTotal(), p.usageLimitPerCustomer(), p.minOrderCents());
        return List.copyOf(out);
    }

    public static boolean hasErrors(List<Violation> violations) {
        return violations.stream().anyMatch(Violation::isError);
    }

    private static void terms(List<Violation> out, PromoType type, Long value, Instant from, Instant until,
            Integer total, Integer perCustomer, Long minOrder) {
        if (type == null) {
            out.add(Violation.error("type", "rule.required"));
        }
        if (value == null) {
            out.add(Violation.error("value", "rule.required"));
        } else if (type == PromoType.PERCENT && (value < 0 || value > 100)) {
            out.add(Violation.error("value", "rule.promo.percent"));
        } else if (type == PromoType.FREE_SHIPPING && value != 0) {
            out.add(Violation.error("value", "rule.promo.freeShipping"));
        } else if (type == PromoType.FIXED_AMOUNT && value < 1) {
            out.add(Violation.error("value", "rule.promo.amount"));
        }
        if (from == null) {
            out.add(Violation.error("validFrom", "rule.required"));
        } else if (until != null && !until.isAfter(from)) {
            out.add(Violation.error("validUntil", "rule.promo.endAfterStart"));
        }
        limits(out, total, perCustomer, minOrder);
    }

    private static void limits(List<Violation> out, Integer total, Integer perCustomer, Long minOrder) {
        if (total != null && total < 1) {
            out.add(Violation.error("usageLimitTotal", "rule.min", 1));
        }
        if (perCustomer != null && perCustomer < 1) {
            out.add(Violation.error("usageLimitPerCustomer", "rule.min", 1));
        }
        if (total != null && perCustomer != null && perCustomer > total) {
            out.add(Violation.warning("usageLimitPerCustomer", "rule.promo.perCustomerAboveTotal", total));
        }
        if (minOrder != null && minOrder < 0) {
            out.add(Violation.error("minOrderCents", "rule.min", 0));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
