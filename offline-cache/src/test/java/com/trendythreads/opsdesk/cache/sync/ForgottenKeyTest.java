package com.trendythreads.opsdesk.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.cache.outbox.EntryStatus;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.testkit.MovableClock;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The platform remembers an idempotency key for [IdempotencyKeys#RETENTION] only. An edit that was sent
/// without an answer and then waited offline for weeks may already be on the platform, and a retry after
/// the platform forgot its key would apply it twice: the outbox asks the user instead of retrying.
class ForgottenKeyTest extends PlatformTest {

    @Test
    void anUnansweredEditOlderThanTheKeysRetentionWaitsForTheUserInsteadOfApplyingTwice() {
        MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin", TestPlatform.FAST, clock);
        assertThat(desk.engine().initialSync()).isTrue();
        PlatformClient truth = platform.client("ada.admin");
        JsonNode ticket = SyncFixtures.replyableTickets(truth).getFirst();
        String ticketId = ticket.get("id").asText();
        int messages = ticket.get("messages").size();

        // The reply reaches the platform, but every answer to it (the client's own retries included) is lost:
        // the desk cannot know it arrived.
        String path = "/v1/tickets/" + ticketId + "/messages";
        platform.platform().faults().set(new FaultConfig(0, 0, 500, 0, 0, 0, null, null,
                new FaultConfig.DropNext(5, path), null));
        desk.engine().edits().action(ResourceType.TICKET, ticketId, "messages",
                JsonNodeFactory.instance.objectNode().put("body", "We have sent a new parcel."), null, true, "reply");
        desk.engine().pushDue();
        platform.platform().faults().reset();
        OutboxEntry unanswered = desk.engine().outbox().entries().getFirst();
        assertThat(unanswered.status()).isEqualTo(EntryStatus.PENDING);
        assertThat(unanswered.firstSentAt()).isEqualTo(clock.instant());

        // A month offline later, a retry might not be recognised any more.
        clock.advance(IdempotencyKeys.RETENTION);
        desk.engine().pushDue();
        OutboxEntry held = desk.engine().outbox().entries().getFirst();
        assertThat(held.status()).isEqualTo(EntryStatus.FAILED);
        assertThat(held.lastError()).contains("could apply it twice").contains("30 days");
        assertThat(TestPlatform.get(truth, "v1/tickets/" + ticketId).get("messages"))
                .as("the platform holds the reply once, and nothing was sent again").hasSize(messages + 1);

        // The user checked: a retry by hand sends it with its key; this platform still knows it.
        desk.engine().outbox().retry(held.seq());
        desk.engine().pushDue();
        assertThat(desk.engine().outbox().entries()).isEmpty();
        assertThat(TestPlatform.get(truth, "v1/tickets/" + ticketId).get("messages")).hasSize(messages + 1);
    }

    @Test
    void anEditNeverSentWaitsAsLongAsItMust() {
        MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin", TestPlatform.FAST, clock);
        assertThat(desk.engine().initialSync()).isTrue();
        PlatformClient truth = platform.client("ada.admin");
        JsonNode ticket = SyncFixtures.replyableTickets(truth).getFirst();
        String ticketId = ticket.get("id").asText();
        desk.engine().edits().action(ResourceType.TICKET, ticketId, "messages",
                JsonNodeFactory.instance.objectNode().put("body", "Written offline."), null, true, "reply");
        assertThat(desk.engine().outbox().entries()).extracting(OutboxEntry::firstSentAt).containsOnlyNulls();

        clock.advance(IdempotencyKeys.RETENTION.multipliedBy(2));
        desk.engine().pushDue();
        assertThat(desk.engine().outbox().entries()).isEmpty();
        List<String> bodies = TestPlatform.get(truth, "v1/tickets/" + ticketId).get("messages").findValuesAsText("body");
        assertThat(bodies).containsOnlyOnce("Written offline.");
    }
}
