package com.trendythreads.opsdesk.viewmodels.promo;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodePatch;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoScope;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.promo.PromoCodeActions;
import com.trendythreads.opsdesk.cache.promo.PromoRules;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.Money;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.FieldMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/// A new promo code, or the changeable terms of an existing one (validity end, limits, minimum order; the
/// platform keeps type, value, start and scope once a code exists). Checked as the user types by
/// [PromoRules] — every message names its field — and saved through the outbox only when no error is open.
/// Duplicate codes are checked against the codes known when the editor opened, and again on save.
public final class PromoCodeEditorViewModel {

    private final PromoContext ctx;
    private final PromoFormat format;
    private final Runnable afterSave;
    private final ObjectProperty<PromoCode> editing = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty categoryIds = new SimpleStringProperty("");
    private final StringProperty productIds = new SimpleStringProperty("");
    private final StringProperty campaignId = new SimpleStringProperty("");
    private final PromoTerms terms = new PromoTerms();
    private final ObservableMap<String, FieldMessage> messages = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Command save;
    private volatile Set<String> known = Set.of();

    PromoCodeEditorViewModel(PromoContext ctx, Runnable afterSave) {
        this.ctx = ctx;
        this.format = ctx.format();
        this.afterSave = afterSave;
        for (javafx.beans.Observable o : List.<javafx.beans.Observable>of(code, categoryIds, productIds, campaignId,
                editing)) {
            o.addListener(x -> validate());
        }
        for (var o : terms.observables()) {
            o.addListener(x -> validate());
        }
        save = Command.of(this::save, Bindings.createBooleanBinding(() -> valid.get() && !busy.get()
                && (editing.get() == null ? ctx.mayCreate() : ctx.mayUpdate()), valid, busy, editing));
        newCode();
    }

    /// An empty form for a new code, starting today.
    public void newCode() {
        editing.set(null);
        code.set("");
        categoryIds.set("");
        productIds.set("");
        campaignId.set("");
        terms.clear(LocalDate.now(format.zone()));
        loadKnownCodes();
    }

    /// The form filled with `c`; only what the platform lets change stays editable.
    public void edit(PromoCode c) {
        editing.set(c);
        code.set(c.code());
        terms.type.set(c.type());
        terms.value.set(switch (c.type()) {
            case PERCENT -> Long.toString(c.value());
            case FIXED_AMOUNT -> Money.format(c.value(), ctx.i18n().locale()).replace("€", "").strip();
            case FREE_SHIPPING -> "";
        });
        terms.validFrom.set(format.day(c.validFrom()));
        terms.validUntil.set(format.day(c.validUntil()));
        terms.usageLimitTotal.set(c.usageLimitTotal() == null ? "" : c.usageLimitTotal().toString());
        terms.usageLimitPerCustomer.set(c.usageLimitPerCustomer() == null ? "" : c.usageLimitPerCustomer().toString());
        terms.minOrder.set(c.minOrderCents() == null ? "" : Money.format(c.minOrderCents(), ctx.i18n().locale())
                .replace("€", "").strip());
        PromoScope s = c.scope();
        categoryIds.set(s == null || s.categoryIds() == null ? "" : String.join("; ", s.categoryIds()));
        productIds.set(s == null || s.productIds() == null ? "" : String.join("; ", s.productIds()));
        campaignId.set(c.campaignId() == null ? "" : c.campaignId());
        validate();
    }

    private void loadKnownCodes() {
        BackgroundTask.of(() -> new HashSet<>(ctx.codes().list(null, false, Integer.MAX_VALUE).stream()
                        .map(PromoCode::code).toList()))
                .onSuccess(s -> {
                    known = Set.copyOf(s);
                    validate();
                })
                .runWith(ctx.runner());
    }

    private void validate() {
        terms.unreadable.clear();
        List<Violation> violations;
        if (editing.get() == null) {
            violations = PromoRules.validate(draft(), known::contains);
        } else {
            violations = PromoRules.validate(editing.get(), patch());
        }
        Map<String, FieldMessage> m = PromoTerms.messages(terms.unreadable, violations, format);
        show(m);
    }

    private void show(Map<String, FieldMessage> m) {
        messages.clear();
        messages.putAll(m);
        valid.set(m.values().stream().noneMatch(FieldMessage::error));
        problems.set(String.join("\n", m.values().stream().map(FieldMessage::text).sorted().toList()));
    }

    PromoCodeCreate draft() {
        Locale locale = ctx.i18n().locale();
        String c = code.get() == null ? "" : code.get().strip().toUpperCase(Locale.ROOT);
        List<String> cats = ids(categoryIds.get());
        List<String> products = ids(productIds.get());
        return new PromoCodeCreate(c, terms.type.get(), terms.value(locale, format), format.startOf(terms.validFrom.get()),
                format.endOf(terms.validUntil.get()), terms.whole("usageLimitTotal", terms.usageLimitTotal.get(), format),
                terms.whole("usageLimitPerCustomer", terms.usageLimitPerCustomer.get(), format),
                terms.minOrderCents(locale, format),
                cats.isEmpty() && products.isEmpty() ? null : new PromoScope(cats, products),
                campaignId.get() == null || campaignId.get().isBlank() ? null : campaignId.get().strip());
    }

    PromoCodePatch patch() {
        PromoCode cur = editing.get();
        PromoCodeCreate d = draft();
        return new PromoCodePatch(null, same(cur.validUntil(), d.validUntil()), same(cur.usageLimitTotal(),
                d.usageLimitTotal()), same(cur.usageLimitPerCustomer(), d.usageLimitPerCustomer()),
                same(cur.minOrderCents(), d.minOrderCents()), same(cur.campaignId(), d.campaignId()));
    }

    private static <T> T same(T before, T now) {
        return java.util.Objects.equals(before, now) ? null : now;
    }

    private static List<String> ids(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[;,\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private void save() {
        PromoCode cur = editing.get();
        PromoCodeCreate d = draft();
        PromoCodePatch p = cur == null ? null : patch();
        busy.set(true);
        BackgroundTask.of(() -> cur == null ? ctx.actions().create(d) : ctx.actions().update(cur.code(), p))
                .onSuccess(r -> saved(r, cur == null ? d.code() : cur.code()))
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("promo.save"), e.getMessage()))
                .onFinished(() -> busy.set(false))
                .runWith(ctx.runner());
    }

    private void saved(PromoCodeActions.Result r, String c) {
        if (!r.ok()) {
            show(PromoTerms.messages(Map.of(), r.violations(), format));
            return;
        }
        ctx.notifier().info(ctx.i18n().get("promo.saved", c));
        afterSave.run();
        if (editing.get() == null) {
            newCode();
        }
    }

    public boolean isNew() {
        return editing.get() == null;
    }

    public ObjectProperty<PromoCode> editingProperty() {
        return editing;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty categoryIdsProperty() {
        return categoryIds;
    }

    public StringProperty productIdsProperty() {
        return productIds;
    }

    public StringProperty campaignIdProperty() {
        return campaignId;
    }

    public PromoTerms terms() {
        return terms;
    }

    /// Field name (`code`, `value`, `validUntil`, …) → its message; absent when the field is fine.
    public ObservableMap<String, FieldMessage> messages() {
        return messages;
    }

    /// Every open message, one a line, for a summary under the form.
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Command saveCommand() {
        return save;
    }
}
