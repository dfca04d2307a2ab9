package com.trendythreads.opsdesk.viewmodels.campaigns;

import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.cache.campaigns.CampaignActions;
import com.trendythreads.opsdesk.cache.campaigns.CampaignRules;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/// The campaign editor: the fields, their errors beside them as the user types ([CampaignRules], the same
/// rules the platform applies), a rendered preview of subject and body for e-mail and push, save (a draft
/// through the outbox, offline too) and schedule (the platform sends; the desk never sends mail).
public final class CampaignEditorViewModel {

    /// Stand-ins for the placeholders a marketer may write, shown in the preview.
    static final Map<String, String> SAMPLE = Map.of("{{firstName}}", "Anna", "{{lastName}}", "Becker");

    private final CampaignsContext ctx;
    private final CampaignFormat format;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<CampaignChannel> channel = new SimpleObjectProperty<>(CampaignChannel.EMAIL);
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final StringProperty budget = new SimpleStringProperty("");
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>();
    private final StringProperty promoCodes = new SimpleStringProperty("");
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<LocalTime> sendTime = new SimpleObjectProperty<>(LocalTime.of(9, 0));
    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper previewSubject = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewBody = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper previewShown = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper editingId = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper maySave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper maySchedule = new ReadOnlyBooleanWrapper();
    private boolean scheduleChecked;

    public CampaignEditorViewModel(CampaignsContext ctx) {
        this.ctx = ctx;
        this.format = ctx.format();
        Observable[] all = {name, channel, startDate, endDate, budget, segment, promoCodes, subject, body, sendTime};
        for (Observable o : all) {
            o.addListener(x -> revalidate());
        }
        revalidate();
        // A new campaign is a createCampaign, a loaded one an updateCampaign; scheduling saves first, then
        // scheduleCampaign. Offered only to the roles the contract lets call them, so nobody types a campaign
        // that the platform then refuses.
        maySave.bind(Bindings.createBooleanBinding(() -> editingId.get() == null ? ctx.mayCreate() : ctx.mayUpdate(),
                editingId));
        maySchedule.bind(Bindings.createBooleanBinding(() -> maySave.get() && ctx.maySchedule(), maySave));
    }

    /// Loads the segments for the audience picker (background).
    public void loadSegments() {
        BackgroundTask.of(() -> ctx.data().campaigns().segments())
                .onSuccess(segments::setAll)
                .runWith(ctx.runner());
    }

    /// An empty form for a new campaign.
    public void newCampaign() {
        editingId.set(null);
        name.set("");
        channel.set(CampaignChannel.EMAIL);
        startDate.set(null);
        endDate.set(null);
        budget.set("");
        segment.set(null);
        promoCodes.set("");
        subject.set("");
        body.set("");
        scheduleChecked = false;
        revalidate();
    }

    /// The form filled from a cached campaign.
    public void edit(Campaign c) {
        editingId.set(c.id());
        name.set(c.name());
        channel.set(c.channel());
        startDate.set(CampaignFormat.day(c.startsAt()));
        endDate.set(CampaignFormat.day(c.endsAt()));
        budget.set(format.money(c.budgetCents()));
        segment.set(c.segmentId() == null ? null : segments.stream().filter(s -> s.id().equals(c.segmentId()))
                .findFirst().orElse(new Segment(c.segmentId(), c.segmentId(), null, null, 0, 0)));
        promoCodes.set(c.promoCodes() == null ? "" : String.join(", ", c.promoCodes()));
        subject.set(c.subject() == null ? "" : c.subject());
        body.set(c.body() == null ? "" : c.body());
        scheduleChecked = false;
        revalidate();
    }

    /// The form as the contract's create body (budget that is no number: null, reported as an error).
    CampaignCreate draft() {
        OptionalLong cents = format.parseMoney(budget.get());
        List<String> codes = Arrays.stream(promoCodes.get().split("[,;\\s]+")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(java.util.Locale.ROOT)).distinct().toList();
        return new CampaignCreate(name.get().trim(), channel.get(), startOf(startDate.get()), endOf(endDate.get()),
                cents.isPresent() ? cents.getAsLong() : null, segment.get() == null ? null : segment.get().id(), codes,
                blankToNull(subject.get()), blankToNull(body.get()));
    }

    Instant sendAt() {
        return startDate.get() == null ? null
                : startDate.get().atTime(sendTime.get()).atZone(CampaignFormat.SHOP_ZONE).toInstant();
    }

    private static Instant startOf(LocalDate d) {
        return d == null ? null : d.atStartOfDay(CampaignFormat.SHOP_ZONE).toInstant();
    }

    private static Instant endOf(LocalDate d) {
        return d == null ? null : d.plusDays(1).atStartOfDay(CampaignFormat.SHOP_ZONE).toInstant().minusSeconds(1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private void revalidate() {
        CampaignCreate d = draft();
        List<Violation> v = new java.util.ArrayList<>();
        if (!budget.get().isBlank() && format.parseMoney(budget.get()).isEmpty()) {
            // first, so it is the one shown on the field rather than "required"
            v.add(Violation.error("budgetCents", "campaign.rule.budgetNotANumber"));
        }
        v.addAll(scheduleChecked ? CampaignRules.schedule(d, sendAt(), ctx.clock().instant()) : CampaignRules.draft(d));
        show(v);
        boolean text = channel.get() == CampaignChannel.EMAIL || channel.get() == CampaignChannel.PUSH;
        previewShown.set(text);
        previewSubject.set(text ? render(subject.get()) : "");
        previewBody.set(text ? render(body.get()) : "");
    }

    private void show(List<Violation> violations) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Violation v : violations) {
            byField.merge(v.field(), format.violation(v), (a, b) -> a);
        }
        errors.keySet().retainAll(byField.keySet());
        errors.putAll(byField);
        valid.set(violations.stream().noneMatch(Violation::isError));
    }

    /// Subject or body with the placeholders filled with a sample customer and the first promo code.
    String render(String text) {
        String out = text == null ? "" : text;
        for (Map.Entry<String, String> e : SAMPLE.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        List<String> codes = draft().promoCodes();
        return out.replace("{{code}}", codes.isEmpty() ? "" : codes.getFirst());
    }

    /// Saves the draft through the outbox (a new campaign is created, an existing one changed).
    public void save() {
        scheduleChecked = false;
        revalidate();
        if (!valid.get() || !maySave.get()) {
            return;
        }
        CampaignCreate d = draft();
        String id = editingId.get();
        busy.set(true);
        BackgroundTask.of(() -> id == null ? ctx.actions().create(d) : ctx.actions().update(id, d))
                .onSuccess(r -> {
                    if (r.queued()) {
                        editingId.set(r.id());
                        ctx.notifier().info(ctx.i18n().get("campaign.saved", d.name()));
                    } else {
                        show(r.violations());
                    }
                })
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("campaign.saveFailed"), String.valueOf(e.getMessage())))
                .onFinished(() -> busy.set(false))
                .runWith(ctx.runner());
    }

    /// Saves, then asks the platform to send at the start date's send time. Refused with errors beside the
    /// fields when the campaign is not ready (no segment, no subject, …).
    public void schedule() {
        scheduleChecked = true;
        revalidate();
        if (!valid.get() || !maySchedule.get()) {
            return;
        }
        CampaignCreate d = draft();
        Instant at = sendAt();
        String known = editingId.get();
        busy.set(true);
        BackgroundTask.of(() -> {
                    CampaignActions.Result saved = known == null ? ctx.actions().create(d) : ctx.actions().update(known, d);
                    return saved.queued() ? ctx.actions().schedule(saved.id(), at) : saved;
                })
                .onSuccess(r -> {
                    if (r.queued()) {
                        editingId.set(r.id());
                        ctx.notifier().info(ctx.i18n().get("campaign.scheduled", d.name(), format.date(at)));
                    } else {
                        show(r.violations());
                    }
                })
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("campaign.saveFailed"), String.valueOf(e.getMessage())))
                .onFinished(() -> busy.set(false))
                .runWith(ctx.runner());
    }

    public StringProperty nameProperty() { return name; }
    public ObjectProperty<CampaignChannel> channelProperty() { return channel; }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public ObjectProperty<LocalDate> endDateProperty() { return endDate; }
    public StringProperty budgetProperty() { return budget; }
    public ObjectProperty<Segment> segmentProperty() { return segment; }
    public StringProperty promoCodesProperty() { return promoCodes; }
    public StringProperty subjectProperty() { return subject; }
    public StringProperty bodyProperty() { return body; }
    public ObjectProperty<LocalTime> sendTimeProperty() { return sendTime; }
    public ObservableList<Segment> segments() { return segments; }
    /// Field (`name`, `endsAt`, `budgetCents`, `segmentId`, `sendAt`, `subject`, `body`) → its message.
    public ObservableMap<String, String> errors() { return errors; }
    public ReadOnlyStringProperty previewSubjectProperty() { return previewSubject.getReadOnlyProperty(); }
    public ReadOnlyStringProperty previewBodyProperty() { return previewBody.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty previewShownProperty() { return previewShown.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    /// Whether this user may save the form (create a new campaign, or change the loaded one).
    public ReadOnlyBooleanProperty maySaveProperty() { return maySave.getReadOnlyProperty(); }
    /// Whether this user may save and schedule the form.
    public ReadOnlyBooleanProperty mayScheduleProperty() { return maySchedule.getReadOnlyProperty(); }
    public BooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty editingIdProperty() { return editingId.getReadOnlyProperty(); }
}
