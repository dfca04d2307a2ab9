package com.trendythreads.opsdesk.platform.seed;

import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoScope;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.platform.seed.FashionSeeder.SeedRun;
import com.trendythreads.opsdesk.platform.seed.SeedModel.Leaf;
import com.trendythreads.opsdesk.platform.seed.SeedModel.Promo;
import com.trendythreads.opsdesk.platform.store.Counters.Sequence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/// Campaigns and promo codes. {@link #plan()} runs before the orders (which redeem the codes and
/// are attributed to the campaigns); {@link #write} stores the documents afterwards, when
/// redemption counts and segment sizes are known.
final class MarketingGenerator {
    private record Theme(String name, String stem, String typeCode, boolean kidsOnly, boolean freeShipping) {
    }

    private static final Theme[] THEMES = {
            new Theme("Spring Linen Edit", "LINEN", "shirts", false, false),
            new Theme("Denim Days", "DENIM", "jeans", false, false),
            new Theme("Knitwear Weekend", "KNIT", "knitwear", false, false),
            new Theme("Black Friday Week", "BLACKFRIDAY", null, false, false),
            new Theme("Cyber Monday", "CYBER", null, false, false),
            new Theme("Summer Sale", "SUMMER", null, false, false),
            new Theme("Outerwear Event", "COATS", "jackets", false, false),
            new Theme("Sneaker Week", "SNEAKER", "shoes", false, false),
            new Theme("Back to School", "SCHOOL", null, true, false),
            new Theme("VIP Early Access", "VIP", null, false, false),
            new Theme("App-only Flash Sale", "APPFLASH", null, false, false),
            new Theme("New Season Drop", "NEWIN", null, false, false),
            new Theme("Weekend Treat", "TREAT", null, false, false),
            new Theme("Accessories Edit", "ACCESS", "accessories", false, false),
            new Theme("Free Shipping Days", "SHIPFREE", null, false, true),
            new Theme("Dress Event", "DRESS", "dresses", false, false)};

    private final SeedRun run;
    final List<SeedModel.Campaign> campaigns = new ArrayList<>();
    /// Every promo code in creation order (campaign codes, then evergreen ones).
    final List<Promo> codes = new ArrayList<>();

    MarketingGenerator(SeedRun run) {
        this.run = run;
    }

    void plan() {
        SplittableRandom r = new SplittableRandom(4_000);
        long nowSec = run.now.getEpochSecond();
        int n = run.scale.campaigns();
        long[] starts = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = nowSec - 190L * 86_400 + r.nextLong(220L * 86_400);
        }
        java.util.Arrays.sort(starts);
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
        int limitBase = Math.max(20, run.scale.orders() / Math.max(1, n) / 2);
        for (int i = 0; i < n; i++) {
            SeedModel.Campaign c = new SeedModel.Campaign();
            c.no = i + 1;
            c.id = Sequence.CAMPAIGN.format(c.no);
            Theme theme = SeedModel.pick(r, THEMES);
            c.theme = theme.stem();
            c.channel = CampaignChannel.values()[SeedModel.pickWeighted(r, 0.4, 0.2, 0.25, 0.15)];
            if (theme.stem().equals("APPFLASH")) {
                c.channel = CampaignChannel.PUSH;
            }
            c.startsAt = Instant.ofEpochSecond(starts[i] / 3_600 * 3_600);
            c.endsAt = c.startsAt.plusSeconds((3 + r.nextInt(19)) * 86_400L);
            c.name = theme.name() + " (" + month.format(LocalDate.ofInstant(c.startsAt, FashionSeeder.ZONE)) + ")";
            double s = r.nextDouble();
            c.draft = c.startsAt.getEpochSecond() > nowSec && s < 0.35;
            c.cancelled = !c.draft && s > 0.95;
            c.segmentId = switch (c.channel) {
                case EMAIL -> theme.stem().equals("VIP") ? "seg_vip" : r.nextDouble() < 0.2 ? "seg_lapsed_90" : "seg_newsletter";
                case PUSH -> "seg_app";
                default -> null;
            };
            c.budgetCents = (5 + r.nextInt(246)) * 10_000L;
            long created = Math.min(nowSec - 3_600, c.startsAt.getEpochSecond() - (7 + r.nextInt(24)) * 86_400L);
            c.createdAt = Instant.ofEpochSecond(created);
            int codeCount = c.draft ? 0 : r.nextDouble() < 0.7 ? (r.nextDouble() < 0.15 ? 2 : 1) : 0;
            for (int k = 0; k < codeCount; k++) {
                Promo p = new Promo();
                p.campaign = c;
                p.createdAt = c.createdAt;
                p.validFrom = c.startsAt;
                p.validUntil = c.endsAt;
                double t = r.nextDouble();
                if (theme.freeShipping() || t < 0.12) {
                    p.type = PromoType.FREE_SHIPPING;
                    p.value = 0;
                    p.code = (theme.freeShipping() ? "SHIPFREE" : theme.stem() + "SHIP") + "-" + c.no + (k > 0 ? "B" : "");
                } else if (t < 0.32) {
                    p.type = PromoType.FIXED_AMOUNT;
                    p.value = 500L * (2 + r.nextInt(3));
                    p.minOrderCents = p.value * 5;
                    p.code = theme.stem() + (p.value / 100) + "EUR-" + c.no + (k > 0 ? "B" : "");
                } else {
                    p.type = PromoType.PERCENT;
                    p.value = 10 + 5L * r.nextInt(5);
                    p.code = theme.stem() + p.value + "-" + c.no + (k > 0 ? "B" : "");
                }
                if (theme.typeCode() != null || theme.kidsOnly()) {
                    List<String> scope = new ArrayList<>();
                    for (Leaf l : run.leaves) {
                        if (theme.kidsOnly() ? l.dept().code().equals("kids") : l.type().code().equals(theme.typeCode())) {
                            scope.add(l.id());
                        }
                    }
                    p.scopeCategoryIds = List.copyOf(scope);
                    p.scopeSet = new LinkedHashSet<>(scope);
                }
                if (r.nextDouble() < 0.25) {
                    p.usageLimitTotal = limitBase + r.nextInt(limitBase);
                }
                if (r.nextDouble() < 0.5) {
                    p.usageLimitPerCustomer = 1;
                    p.perCustomer = new HashMap<>();
                }
                p.active = !c.cancelled && c.endsAt.getEpochSecond() > nowSec;
                c.codes.add(p);
                codes.add(p);
            }
            campaigns.add(c);
        }
        Instant longAgo = run.now.minusSeconds(400L * 86_400);
        codes.add(evergreen("WELCOME10", PromoType.PERCENT, 10, null, 1, longAgo));
        codes.add(evergreen("FREESHIP", PromoType.FREE_SHIPPING, 0, 2_500L, null, longAgo));
        codes.add(evergreen("SORRY15", PromoType.PERCENT, 15, null, 1, longAgo));
        codes.add(evergreen("STUDENT10", PromoType.PERCENT, 10, 3_000L, null, longAgo));
        Promo expired = evergreen("SUMMER24", PromoType.PERCENT, 20, null, null, longAgo);
        expired.validUntil = longAgo.plusSeconds(60L * 86_400);
        expired.active = false;
        codes.add(expired);
        run.counters.put(Sequence.CAMPAIGN.counter(), n + 1);
    }

    private Promo evergreen(String code, PromoType type, long value, Long minOrder, Integer perCustomer, Instant from) {
        Promo p = new Promo();
        p.code = code;
        p.type = type;
        p.value = value;
        p.minOrderCents = minOrder;
        p.usageLimitPerCustomer = perCustomer;
        if (perCustomer != null) {
            p.perCustomer = new HashMap<>();
        }
        p.validFrom = from;
        p.createdAt = from;
        return p;
    }

    /// Codes usable at {@code at} that are not used up (per-customer limits are checked by the caller).
    boolean usable(Promo p, long at) {
        if (p.campaign != null && (p.campaign.cancelled || p.campaign.draft)) {
            return false;
        }
        if (p.validFrom.getEpochSecond() > at || (p.validUntil != null && p.validUntil.getEpochSecond() <= at)) {
            return false;
        }
        if (p.code.equals("SUMMER24")) {
            return false;
        }
        return p.usageLimitTotal == null || p.redemptions < p.usageLimitTotal;
    }

    /// Campaigns running at {@code at} (for attribution of orders without a code).
    SeedModel.Campaign running(SplittableRandom r, long at) {
        List<SeedModel.Campaign> live = new ArrayList<>(4);
        for (SeedModel.Campaign c : campaigns) {
            if (c.startsAt.getEpochSecond() > at) {
                break; // sorted by start
            }
            if (!c.cancelled && !c.draft && c.endsAt.getEpochSecond() > at) {
                live.add(c);
            }
        }
        return live.isEmpty() ? null : live.get(r.nextInt(live.size()));
    }

    static CampaignStatus status(SeedModel.Campaign c, Instant now) {
        if (c.cancelled) {
            return CampaignStatus.CANCELLED;
        }
        if (c.draft) {
            return CampaignStatus.DRAFT;
        }
        if (now.isBefore(c.startsAt)) {
            return CampaignStatus.SCHEDULED;
        }
        return now.isBefore(c.endsAt) ? CampaignStatus.RUNNING : CampaignStatus.ENDED;
    }

    void write(List<int[]> segmentCounts) {
        SplittableRandom r = new SplittableRandom(4_500);
        int[] counts = segmentCounts.get(0);
        long nowSec = run.now.getEpochSecond();
        try (SeedRows rows = run.rows("campaigns", "id", "status", "channel", "updated_at", "version", "doc");
             SeedRows delivery = run.rows("campaign_delivery", "campaign_id", "sends", "opens", "clicks", "updated_at")) {
            for (SeedModel.Campaign c : campaigns) {
                CampaignStatus status = status(c, run.now);
                double elapsed = switch (status) {
                    case ENDED -> 1.0;
                    case RUNNING -> (double) (nowSec - c.startsAt.getEpochSecond())
                            / (c.endsAt.getEpochSecond() - c.startsAt.getEpochSecond());
                    default -> 0.0;
                };
                long spend = Math.round(c.budgetCents * elapsed * (0.75 + r.nextDouble() * 0.25));
                Instant updated = switch (status) {
                    case ENDED -> c.endsAt;
                    case RUNNING -> Instant.ofEpochSecond(Math.max(c.startsAt.getEpochSecond(), nowSec - 60 - r.nextLong(6 * 3_600L)));
                    case CANCELLED -> Instant.ofEpochSecond(Math.min(nowSec - 60, c.createdAt.getEpochSecond() + 86_400));
                    default -> c.createdAt;
                };
                String subject = null;
                String body = null;
                String codeText = c.codes.isEmpty() ? "" : " Use code " + c.codes.get(0).code + " at checkout.";
                if (c.channel == CampaignChannel.EMAIL) {
                    subject = c.name.substring(0, c.name.indexOf(" (")) + ": new favourites are waiting";
                    body = "Hi {{firstName}},\n\n" + c.name.substring(0, c.name.indexOf(" ("))
                            + " is on at TrendyThreads." + codeText
                            + "\n\nDiscover the edit now — while stocks last.\n\nYour TrendyThreads team";
                } else if (c.channel == CampaignChannel.PUSH) {
                    subject = c.name.substring(0, c.name.indexOf(" ("));
                    body = "Tap to shop the edit." + codeText;
                }
                List<String> codeNames = c.codes.stream().map(p -> p.code).toList();
                Campaign doc = new Campaign(c.id, c.name, c.channel, c.startsAt, c.endsAt, c.budgetCents, c.segmentId,
                        codeNames, subject, body, status, spend, c.id, c.createdAt, updated, 1);
                rows.add(c.id, status.name(), c.channel.name(), updated, 1L, run.json(doc));

                long audience = switch (c.channel) {
                    case EMAIL -> c.segmentId == null ? counts[3] : counts[segmentIndex(c.segmentId)];
                    case PUSH -> counts[segmentIndex("seg_app")];
                    default -> (long) (run.scale.customers() * (2 + r.nextDouble() * 8));
                };
                long sends = Math.round(audience * elapsed);
                double openRate = switch (c.channel) {
                    case EMAIL -> 0.25 + r.nextDouble() * 0.2;
                    case PUSH -> 0.05 + r.nextDouble() * 0.07;
                    default -> 0.02 + r.nextDouble() * 0.03;
                };
                long opens = Math.round(sends * openRate);
                long clicks = Math.round(opens * (0.08 + r.nextDouble() * 0.2));
                clicks = Math.min(opens, Math.max(clicks, c.attributedOrders * 3));
                if (clicks > opens) {
                    clicks = opens;
                }
                delivery.add(c.id, sends, opens, clicks, updated);
            }
        }
        try (SeedRows rows = run.rows("promo_codes", "code", "campaign_id", "active", "version", "doc")) {
            for (Promo p : codes) {
                String campaignId = p.campaign == null ? null : p.campaign.id;
                PromoCode doc = new PromoCode(p.code, p.type, p.value, p.validFrom, p.validUntil, p.usageLimitTotal,
                        p.usageLimitPerCustomer, p.minOrderCents, new PromoScope(p.scopeCategoryIds, List.of()), campaignId,
                        p.active, p.redemptions, p.createdAt, 1);
                rows.add(p.code, SeedRows.orNull(campaignId, SeedRows.NULL_VARCHAR), p.active, 1L, run.json(doc));
            }
        }
    }

    private static int segmentIndex(String id) {
        for (int i = 0; i < SeedRun.SEGMENTS.length; i++) {
            if (SeedRun.SEGMENTS[i][0].equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }

    static final Comparator<SeedModel.Campaign> BY_START = Comparator.comparing(c -> c.startsAt);
}
