package com.trendythreads.opsdesk.platform.seed;

import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.platform.seed.FashionSeeder.SeedRun;
import com.trendythreads.opsdesk.platform.seed.OrderGenerator.OrderRef;
import com.trendythreads.opsdesk.platform.seed.SeedModel.Cust;
import com.trendythreads.opsdesk.platform.store.Counters.Sequence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/// Support tickets (most about a sampled order, some general questions) and reply macros.
final class SupportGenerator {
    /// The first tickets are kept in the queue, one new and the rest open.
    private static final int QUEUE_FLOOR = 4;
    private final SeedRun run;
    private int messageNo;

    SupportGenerator(SeedRun run) {
        this.run = run;
    }

    private record Topic(String subject, String tag, String customerText, String agentReply, TicketPriority bump) {
    }

    void generate() {
        SplittableRandom r = new SplittableRandom(7_000);
        long nowSec = run.now.getEpochSecond();
        List<OrderRef> sample = run.orders.ticketSample;
        int n = run.scale.tickets();
        try (SeedRows rows = run.rows("tickets", "id", "status", "priority", "customer_id", "order_id", "assignee_id",
                "sla_due_at", "created_at", "updated_at", "version", "doc")) {
            for (int i = 1; i <= n; i++) {
                String id = Sequence.TICKET.format(i);
                OrderRef order = !sample.isEmpty() && r.nextDouble() < 0.75 ? sample.get(r.nextInt(sample.size())) : null;
                Cust c = order != null ? run.customers.get(order.customer()) : run.customers.get(r.nextInt(run.customers.size()));
                Topic topic = order != null ? orderTopic(r, order) : generalTopic(r);
                long created;
                if (order != null) {
                    long earliest = order.placedAt() + 600;
                    created = earliest + r.nextLong(Math.max(1, Math.min(12L * 86_400, nowSec - 600 - earliest)));
                } else {
                    created = nowSec - 600 - r.nextLong(60L * 86_400);
                }
                created = Math.min(created, nowSec - 600);
                long age = nowSec - created;
                TicketStatus status = TicketStatus.values()[age < 86_400 ? SeedModel.pickWeighted(r, 50, 40, 10, 0, 0)
                        : age < 7L * 86_400 ? SeedModel.pickWeighted(r, 5, 30, 30, 35, 0)
                        : SeedModel.pickWeighted(r, 0, 3, 5, 37, 55)];
                if (i <= QUEUE_FLOOR) {
                    // A support queue is never empty: a small scale's 60 tickets drawn by age alone
                    // left no open one at some hours of the day.
                    status = i == 1 ? TicketStatus.NEW : TicketStatus.OPEN;
                }
                TicketPriority priority = TicketPriority.values()[SeedModel.pickWeighted(r, 20, 55, 20, 5)];
                if (topic.bump() != null && topic.bump().ordinal() > priority.ordinal()) {
                    priority = topic.bump();
                }
                long slaHours = switch (priority) {
                    case URGENT -> 2;
                    case HIGH -> 8;
                    case NORMAL -> 24;
                    case LOW -> 72;
                };
                long slaDue = created + slaHours * 3_600;
                TicketChannel channel = TicketChannel.values()[SeedModel.pickWeighted(r, 40, 20, 10, 20, 10)];
                boolean assigned = status != TicketStatus.NEW;
                String assignee = assigned && run.samId != null && r.nextDouble() < 0.6 ? run.samId : null;
                String agentName = assignee != null ? "Sam Support" : SeedModel.pick(r, Vocab.AGENTS);
                String text = topic.customerText().replace("{order}", order == null ? "" : order.number())
                        .replace("{product}", order == null ? "" : order.firstTitle())
                        .replace("{size}", order == null ? "M" : order.firstSize());
                List<TicketMessage> bot = null;
                if (channel == TicketChannel.CHATBOT) {
                    long b = created - 300;
                    bot = List.of(
                            msg(TicketMessage.Author.BOT, "Threads Bot", "Hi " + c.firstName + "! I'm the TrendyThreads assistant. How can I help?", false, b),
                            msg(TicketMessage.Author.CUSTOMER, c.name(), text, false, b + 40),
                            msg(TicketMessage.Author.BOT, "Threads Bot", "I can help with tracking, returns and sizes. Did that answer your question?", false, b + 45),
                            msg(TicketMessage.Author.CUSTOMER, c.name(), "No, I'd like to talk to a person please.", false, b + 120),
                            msg(TicketMessage.Author.BOT, "Threads Bot", "I'm handing you over to our support team now.", false, b + 125));
                }
                List<TicketMessage> messages = new ArrayList<>();
                messages.add(msg(TicketMessage.Author.CUSTOMER, c.name(), text, false, created));
                long last = created;
                if (status != TicketStatus.NEW && status != TicketStatus.OPEN || (status == TicketStatus.OPEN && r.nextBoolean())) {
                    long reply = created + (long) (slaHours * 3_600 * (0.1 + r.nextDouble() * 1.2));
                    reply = Math.min(reply, nowSec - 120);
                    if (r.nextDouble() < 0.15) {
                        messages.add(msg(TicketMessage.Author.AGENT, agentName, "Checked order history and carrier tracking before replying.", true, Math.max(created, reply - 300)));
                    }
                    messages.add(msg(TicketMessage.Author.AGENT, agentName,
                            "Hi " + c.firstName + ",\n\n" + topic.agentReply() + "\n\nBest regards,\n" + agentName, false, reply));
                    last = reply;
                    if (status == TicketStatus.SOLVED || status == TicketStatus.CLOSED) {
                        long thanks = Math.min(nowSec - 60, reply + 3_600 + r.nextLong(2L * 86_400));
                        if (r.nextDouble() < 0.5) {
                            messages.add(msg(TicketMessage.Author.CUSTOMER, c.name(), "Thank you, that helps!", false, thanks));
                            last = thanks;
                        }
                    }
                }
                List<String> tags = new ArrayList<>();
                tags.add(topic.tag());
                if (channel == TicketChannel.CHATBOT) {
                    tags.add("bot-handover");
                }
                if ((status == TicketStatus.NEW || status == TicketStatus.OPEN) && slaDue < nowSec) {
                    tags.add("sla-breached");
                }
                Instant updated = Instant.ofEpochSecond(last);
                Ticket doc = new Ticket(id, topic.subject().replace("{order}", order == null ? "" : order.number())
                        .replace("{product}", order == null ? "" : order.firstTitle()),
                        c.id, order == null ? null : order.id(), status, priority, channel, assignee,
                        Instant.ofEpochSecond(slaDue), tags, messages, bot,
                        status == TicketStatus.SOLVED || status == TicketStatus.CLOSED ? solvedAt(messages, updated)
                                : null, Instant.ofEpochSecond(created), updated, 1);
                rows.add(id, status.name(), priority.name(), c.id,
                        SeedRows.orNull(order == null ? null : order.id(), SeedRows.NULL_VARCHAR),
                        SeedRows.orNull(assignee, SeedRows.NULL_VARCHAR), Instant.ofEpochSecond(slaDue),
                        Instant.ofEpochSecond(created), updated, 1L,
                        run.json(doc));
            }
        }
        run.counters.put(Sequence.TICKET.counter(), n + 1);
        run.counters.put(Sequence.TICKET_MESSAGE.counter(), messageNo + 1);
        macros();
    }

    /// A solved ticket was solved with the agent's last public answer.
    private static Instant solvedAt(List<TicketMessage> messages, Instant updated) {
        Instant at = null;
        for (TicketMessage m : messages) {
            if (m.author() == TicketMessage.Author.AGENT && !m.internal()) {
                at = m.at();
            }
        }
        return at == null ? updated : at;
    }

    private TicketMessage msg(TicketMessage.Author author, String name, String body, boolean internal, long at) {
        return new TicketMessage(Sequence.TICKET_MESSAGE.format(++messageNo), author, name, body, internal, Instant.ofEpochSecond(at));
    }

    private static Topic orderTopic(SplittableRandom r, OrderRef o) {
        OrderStatus s = o.status();
        if (s == OrderStatus.CANCELLED) {
            return new Topic("Cancellation of order {order}", "cancellation",
                    "I cancelled order {order}. When will I get my money back?",
                    "your order has been cancelled and the full amount was refunded to your original payment method. It can take 3–5 business days to show up.", null);
        }
        if (s != OrderStatus.DELIVERED) {
            return new Topic("Where is my order {order}?", "wismo",
                    "Hello, I ordered {order} a few days ago and haven't received a shipping confirmation yet. Where is it?",
                    "your order is on its way through our warehouse and you'll receive the tracking link as soon as it ships.", null);
        }
        if (o.returned()) {
            return o.refunded() || r.nextBoolean()
                    ? new Topic("Refund for my return of {order}", "refund",
                    "I sent back items from {order}. Has my refund been processed?",
                    "we've received your return and the refund has been issued. You'll see it within a few days.", null)
                    : new Topic("Return label for order {order}", "returns",
                    "Could you send me a return label for {order}? The {product} doesn't fit.",
                    "you'll find the prepaid return label in your account under Orders → Return. Just drop the parcel at any DHL point.", null);
        }
        return switch (r.nextInt(3)) {
            case 0 -> new Topic("Item damaged in order {order}", "damaged",
                    "The {product} from order {order} arrived with a torn seam. What can I do?",
                    "we're sorry about that! Please send us a photo and we'll ship a replacement right away.", TicketPriority.HIGH);
            case 1 -> new Topic("Exchange size for {product}", "sizing",
                    "The {product} (size {size}) from {order} is too small. Can I exchange it for one size up?",
                    "of course — start an exchange in your account and we'll send the new size as soon as the return is scanned.", null);
            default -> new Topic("Question about order {order}", "order-question",
                    "Can I still add a gift note to order {order}?",
                    "unfortunately the order has already been delivered, but we're happy to help with your next one.", null);
        };
    }

    private static Topic generalTopic(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> new Topic("Size advice for jeans", "sizing",
                    "I usually wear W30 in other brands. Which size should I take in your slim jeans?",
                    "our slim jeans are true to size, so W30 should fit. If you're between sizes we recommend the larger one.", null);
            case 1 -> new Topic("Promo code not working", "promo",
                    "The code from your newsletter says it isn't valid. Can you help?",
                    "the code is only valid on full-price items and above the minimum order value. I've added a goodwill code SORRY15 to your account.", null);
            case 2 -> new Topic("Unsubscribe from newsletter", "account",
                    "Please stop sending me marketing e-mails.",
                    "we've removed you from our newsletter. It can take up to 48 hours to take effect.", null);
            default -> new Topic("Change my e-mail address", "account",
                    "I have a new e-mail address, how can I update my account?",
                    "I've updated the e-mail address on your account. You'll get a confirmation at the new address.", TicketPriority.NORMAL);
        };
    }

    private void macros() {
        String[][] m = {
                {"Where is my order – in transit", "Hi {{customer.firstName}},\n\nyour order {{order.number}} is on its way. You can follow it here: {{order.trackingUrl}}\n\nBest regards,\n{{agent.name}}", "PENDING", "wismo"},
                {"Return instructions", "Hi {{customer.firstName}},\n\nyou can return items within 30 days. Start the return in your account and use the prepaid label.\n\nBest regards,\n{{agent.name}}", "PENDING", "returns"},
                {"Refund issued", "Hi {{customer.firstName}},\n\nwe've refunded {{refund.amount}} to your original payment method. It may take 3–5 business days.\n\nBest regards,\n{{agent.name}}", "SOLVED", "refund"},
                {"Size exchange", "Hi {{customer.firstName}},\n\nno problem — start an exchange in your account and we'll ship the new size as soon as your return is scanned.\n\nBest regards,\n{{agent.name}}", "PENDING", "sizing"},
                {"Damaged item – replacement", "Hi {{customer.firstName}},\n\nsorry your item arrived damaged. We're sending a replacement today, no need to return the damaged one.\n\nBest regards,\n{{agent.name}}", "SOLVED", "damaged"},
                {"Ask for photos", "Hi {{customer.firstName}},\n\ncould you send us a photo of the item and the label so we can sort this out quickly?\n\nBest regards,\n{{agent.name}}", "PENDING", "damaged"},
                {"Promo code help", "Hi {{customer.firstName}},\n\npromo codes apply to full-price items above the minimum order value. Here's a code for your next order: SORRY15.\n\nBest regards,\n{{agent.name}}", "SOLVED", "promo"},
                {"Newsletter unsubscribed", "Hi {{customer.firstName}},\n\nyou've been unsubscribed from our newsletter.\n\nBest regards,\n{{agent.name}}", "SOLVED", "account"},
                {"Address change after shipping", "Hi {{customer.firstName}},\n\nyour order has already shipped, so we can't change the address. You can redirect it with the carrier using the tracking link.\n\nBest regards,\n{{agent.name}}", "PENDING", "wismo"},
                {"Delivery delay apology", "Hi {{customer.firstName}},\n\nwe're sorry your order {{order.number}} is taking longer than usual. As a thank-you for your patience, use SORRY15 on your next order.\n\nBest regards,\n{{agent.name}}", "PENDING", "wismo"},
                {"Order cancelled", "Hi {{customer.firstName}},\n\nyour order {{order.number}} has been cancelled and fully refunded.\n\nBest regards,\n{{agent.name}}", "SOLVED", "cancellation"},
                {"Thanks & close", "Hi {{customer.firstName}},\n\nglad we could help! I'm closing this ticket now — just reply if anything else comes up.\n\nBest regards,\n{{agent.name}}", "CLOSED", "resolved"},
                {"Internal: escalate to warehouse", "Escalated to the warehouse team for a stock check.", null, "escalated"}};
        try (SeedRows rows = run.rows("macros", "id", "version", "doc")) {
            for (int i = 0; i < m.length; i++) {
                String id = Sequence.MACRO.format(i + 1);
                Macro doc = new Macro(id, m[i][0], m[i][1], m[i][2] == null ? null : TicketStatus.valueOf(m[i][2]),
                        List.of(m[i][3]), 1);
                rows.add(id, 1L, run.json(doc));
            }
            run.counters.put(Sequence.MACRO.counter(), m.length + 1);
        }
    }
}
