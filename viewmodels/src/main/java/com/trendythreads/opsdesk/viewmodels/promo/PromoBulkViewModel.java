package com.trendythreads.opsdesk.viewmodels.promo;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeBulkCreate;
import com.trendythreads.opsdesk.cache.promo.PromoCodeActions;
import com.trendythreads.opsdesk.cache.promo.PromoRules;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.FieldMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/// "Generate codes": N unique codes `<PREFIX>-<random>` with the same terms. The platform draws them
/// (`bulkCreatePromoCodes`), so the batch is queued through the outbox and shows as one pending row until
/// it is made; a retried push makes it once.
public final class PromoBulkViewModel {

    private final PromoContext ctx;
    private final PromoFormat format;
    private final Runnable afterQueued;
    private final StringProperty prefix = new SimpleStringProperty("");
    private final StringProperty count = new SimpleStringProperty("100");
    private final StringProperty randomLength = new SimpleStringProperty("8");
    private final PromoTerms terms = new PromoTerms();
    private final ObservableMap<String, FieldMessage> messages = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Command generate;

    PromoBulkViewModel(PromoContext ctx, Runnable afterQueued) {
        this.ctx = ctx;
        this.format = ctx.format();
        this.afterQueued = afterQueued;
        terms.clear(LocalDate.now(format.zone()));
        for (StringProperty o : List.of(prefix, count, randomLength)) {
            o.addListener(x -> validate());
        }
        for (var o : terms.observables()) {
            o.addListener(x -> validate());
        }
        generate = Command.of(this::generate, Bindings.createBooleanBinding(() -> valid.get() && !busy.get()
                && ctx.mayBulkCreate(), valid, busy));
        validate();
    }

    PromoCodeBulkCreate draft() {
        Locale locale = ctx.i18n().locale();
        String p = prefix.get() == null ? "" : prefix.get().strip().toUpperCase(Locale.ROOT);
        return new PromoCodeBulkCreate(p, terms.whole("count", count.get(), format),
                terms.whole("randomLength", randomLength.get(), format), terms.type.get(),
                terms.value(locale, format), format.startOf(terms.validFrom.get()), format.endOf(terms.validUntil.get()),
                terms.whole("usageLimitTotal", terms.usageLimitTotal.get(), format),
                terms.whole("usageLimitPerCustomer", terms.usageLimitPerCustomer.get(), format),
                terms.minOrderCents(locale, format), null, null);
    }

    private void validate() {
        terms.unreadable.clear();
        PromoCodeBulkCreate d = draft();
        Map<String, FieldMessage> m = PromoTerms.messages(terms.unreadable, PromoRules.validate(d), format);
        messages.clear();
        messages.putAll(m);
        valid.set(m.values().stream().noneMatch(FieldMessage::error));
    }

    private void generate() {
        PromoCodeBulkCreate d = draft();
        busy.set(true);
        BackgroundTask.of(() -> ctx.actions().bulkCreate(d))
                .onSuccess(r -> queued(r, d))
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("promo.bulk.title"), e.getMessage()))
                .onFinished(() -> busy.set(false))
                .runWith(ctx.runner());
    }

    private void queued(PromoCodeActions.Result r, PromoCodeBulkCreate d) {
        if (!r.ok()) {
            messages.clear();
            messages.putAll(PromoTerms.messages(Map.of(), r.violations(), format));
            valid.set(false);
            return;
        }
        ctx.notifier().info(ctx.i18n().get("promo.bulk.queued", d.count(), d.prefix()));
        afterQueued.run();
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public StringProperty countProperty() {
        return count;
    }

    public StringProperty randomLengthProperty() {
        return randomLength;
    }

    public PromoTerms terms() {
        return terms;
    }

    public ObservableMap<String, FieldMessage> messages() {
        return messages;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public Command generateCommand() {
        return generate;
    }
}
