package com.trendythreads.opsdesk.cache.campaigns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.repo.CampaignRepository;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/// The marketer's campaign writes, each through [LocalEdits] (row + outbox entry in one transaction, pushed
/// with its own idempotency key, so a campaign created offline arrives once): create a draft, change it,
/// schedule it. Nothing is queued while [CampaignRules] find an error; the desk never sends mail itself —
/// scheduling asks the platform to send.
public final class CampaignActions {

    private static final ObjectMapper JSON = Json.mapper();

    private final LocalEdits edits;
    private final CampaignRepository campaigns;
    private final Clock clock;

    public CampaignActions(LocalEdits edits, CampaignRepository campaigns, Clock clock) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// The outcome of a write: the campaign's local id when queued, else the broken rules.
    public record Result(String id, List<Violation> violations) {
        public boolean queued() {
            return id != null;
        }
    }

    /// Queues `POST v1/campaigns`; the draft shows at once under a `local-…` id.
    public Result create(CampaignCreate c) {
        List<Violation> v = withCached(c, 0);
        if (CampaignRules.hasErrors(v)) {
            return new Result(null, v);
        }
        ObjectNode body = fields(c);
        ObjectNode local = body.deepCopy();
        local.put("status", CampaignStatus.DRAFT.name());
        local.put("spendCents", 0);
        if (!local.has("budgetCents")) {
            local.put("budgetCents", 0);
        }
        String id = edits.create(ResourceType.CAMPAIGN, body, local, "Create campaign " + c.name());
        return new Result(id, v);
    }

    /// Queues `PATCH v1/campaigns/{id}` with the editor's fields (a merge patch; cleared fields are sent as null).
    public Result update(String id, CampaignCreate c) {
        List<Violation> v = withCached(c, campaigns.get(id).map(Campaign::spendCents).orElse(0L));
        if (CampaignRules.hasErrors(v)) {
            return new Result(null, v);
        }
        ObjectNode patch = JSON.valueToTree(c);
        edits.update(ResourceType.CAMPAIGN, id, patch, "Change campaign " + c.name());
        return new Result(id, v);
    }

    /// Queues `POST v1/campaigns/{id}/schedule` (If-Match); shows SCHEDULED at once. The campaign as it is
    /// cached is what the platform will check, so save edits first.
    public Result schedule(String id, Instant sendAt) {
        Campaign cur = campaigns.get(id).orElseThrow(() -> new IllegalArgumentException("no campaign " + id));
        List<Violation> v = CampaignRules.schedule(asCreate(cur), sendAt, clock.instant());
        if (cur.status() != CampaignStatus.DRAFT) {
            v = new java.util.ArrayList<>(v);
            v.add(Violation.error("status", "campaign.rule.notDraft", String.valueOf(cur.status())));
        }
        if (CampaignRules.hasErrors(v)) {
            return new Result(null, v);
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("sendAt", sendAt.toString());
        ObjectNode local = JsonNodeFactory.instance.objectNode().put("status", CampaignStatus.SCHEDULED.name())
                .put("startsAt", sendAt.toString());
        edits.action(ResourceType.CAMPAIGN, id, "schedule", body, local, true,
                "Schedule campaign " + cur.name() + " for " + sendAt);
        return new Result(id, v);
    }

    /// The draft rules plus what needs the cache: every code known (the platform refuses unknown codes) and
    /// a budget not below what was already spent.
    private List<Violation> withCached(CampaignCreate c, long spend) {
        List<Violation> v = new java.util.ArrayList<>(CampaignRules.draft(c));
        List<String> codes = c.promoCodes() == null ? List.of() : c.promoCodes();
        for (String code : codes) {
            if (campaigns.promoCode(code).isEmpty()) {
                v.add(Violation.error("promoCodes", "campaign.rule.unknownCode", code));
            }
        }
        if (c.budgetCents() != null && c.budgetCents() >= 0 && c.budgetCents() < spend) {
            v.add(Violation.error("budgetCents", "campaign.rule.budgetBelowSpend", spend));
        }
        return v;
    }

    /// The editable fields of a cached campaign.
    public static CampaignCreate asCreate(Campaign c) {
        return new CampaignCreate(c.name(), c.channel(), c.startsAt(), c.endsAt(), c.budgetCents(), c.segmentId(),
                c.promoCodes(), c.subject(), c.body());
    }

    private static ObjectNode fields(CampaignCreate c) {
        ObjectNode n = JSON.valueToTree(c);
        List<String> nulls = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(f -> {
            if (n.get(f).isNull()) {
                nulls.add(f);
            }
        });
        n.remove(nulls);
        return n;
    }
}
