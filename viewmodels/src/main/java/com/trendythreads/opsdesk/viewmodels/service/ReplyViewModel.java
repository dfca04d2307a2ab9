package com.trendythreads.opsdesk.viewmodels.service;

import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.cache.crm.Macros;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The reply box of a ticket: free text or a macro (picked, previewed live with its placeholders filled from
/// the ticket's customer and order, then inserted to edit), sent as a public reply or an internal note through
/// the outbox. A placeholder that could not be filled stays visible, is named, and blocks sending until the
/// agent replaces it: a customer never gets "{{order.number}}" or a silent blank.
public final class ReplyViewModel {

    private static final Pattern LEFT = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private final ServiceContext ctx;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty internal = new SimpleBooleanProperty();
    private final ObjectProperty<Macro> macro = new SimpleObjectProperty<>();
    private final ObservableList<Macro> macros = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper macroWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper textWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper();
    private final Command apply;
    private final Command send;
    private String ticketId;
    private Macros.Context context;
    private Macro applied;

    ReplyViewModel(ServiceContext ctx) {
        this.ctx = ctx;
        macro.addListener((o, a, m) -> renderPreview());
        text.addListener((o, a, t) -> {
            textWarning.set(leftover(t).isEmpty() ? ""
                    : ctx.i18n().get("service.reply.placeholdersLeft", String.join(", ", leftover(t))));
            if (t == null || t.isBlank()) {
                applied = null; // an emptied box starts afresh: the macro no longer goes with it
            }
        });
        apply = Command.of(this::applyMacro, macro.isNotNull().and(ready));
        send = Command.of(() -> send(internal.get()), Bindings.createBooleanBinding(
                () -> ready.get() && !sending.get() && !text.get().isBlank() && textWarning.get().isEmpty(),
                ready, sending, text, textWarning));
    }

    /// The ticket being answered, and what its placeholders are filled from; `writable` is false for a closed
    /// ticket or a role that may not reply.
    void context(String ticketId, Customer customer, Order order, List<Macro> available, boolean writable) {
        if (!ticketId.equals(this.ticketId)) {
            text.set("");
            internal.set(false);
            macro.set(null);
            applied = null;
        }
        this.ticketId = ticketId;
        this.context = new Macros.Context(customer, order, ctx.user().displayName(), ctx.i18n().locale());
        if (!macros.equals(available)) {
            Macro chosen = macro.get();
            macros.setAll(available);
            macro.set(chosen == null ? null : available.stream().filter(m -> m.id().equals(chosen.id())).findFirst()
                    .orElse(null));
        }
        ready.set(writable);
        renderPreview();
    }

    private void renderPreview() {
        Macro m = macro.get();
        if (m == null || context == null) {
            preview.set("");
            macroWarning.set("");
            return;
        }
        Macros.Rendering r = Macros.render(m.body(), context);
        preview.set(r.text());
        macroWarning.set(r.complete() ? "" : warning(r.issues()));
    }

    private String warning(List<Macros.Issue> issues) {
        List<String> parts = new ArrayList<>();
        for (Macros.Issue i : issues) {
            parts.add(ctx.i18n().get(i.reason() == Macros.Reason.UNKNOWN ? "service.macro.unknown"
                    : "service.macro.unavailable", "{{" + i.placeholder() + "}}"));
        }
        return String.join(" ", parts);
    }

    /// Puts the macro's filled text into the reply box, to edit before sending; the macro goes with the public
    /// reply (the platform then sets its status and tags), not with an internal note, and is forgotten when
    /// the box is emptied.
    public void applyMacro() {
        Macro m = macro.get();
        if (m == null || context == null) {
            return;
        }
        text.set(Macros.render(m.body(), context).text());
        applied = m;
    }

    static List<String> leftover(String s) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = LEFT.matcher(s == null ? "" : s);
        while (m.find()) {
            names.add("{{" + m.group(1) + "}}");
        }
        return List.copyOf(names);
    }

    /// Sends the text as a public reply (or as an internal note when `asNote`), queued in the outbox.
    public void send(boolean asNote) {
        String body = text.get();
        if (!ready.get() || sending.get() || body == null || body.isBlank()) {
            return;
        }
        if (!textWarning.get().isEmpty()) {
            ctx.notifier().error(ctx.i18n().get("service.reply.notSent"), textWarning.get());
            return;
        }
        String id = ticketId;
        // a macro's status and tags go with a public reply only: a note must not move the ticket
        Macro m = asNote ? null : applied;
        sending.set(true);
        BackgroundTask.of(() -> ctx.actions().reply(id, body, asNote, m, ctx.user().displayName()))
                .onSuccess(seq -> {
                    if (id.equals(ticketId)) {
                        text.set("");
                        internal.set(false);
                        macro.set(null);
                        applied = null;
                    }
                })
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("service.reply.notSent"), String.valueOf(e.getMessage())))
                .onFinished(() -> sending.set(false))
                .runWith(ctx.runner());
    }

    public StringProperty textProperty() {
        return text;
    }

    /// Send as an internal note (the toggle; Ctrl+Shift+Enter sends as a note whatever it says).
    public BooleanProperty internalProperty() {
        return internal;
    }

    /// The macro chosen in the picker (previewed, not yet inserted).
    public ObjectProperty<Macro> macroProperty() {
        return macro;
    }

    public ObservableList<Macro> macros() {
        return macros;
    }

    /// The chosen macro with its placeholders filled.
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /// The macro's placeholders that stay as written, and why.
    public ReadOnlyStringProperty macroWarningProperty() {
        return macroWarning.getReadOnlyProperty();
    }

    /// Placeholders still in the reply text (sending is blocked while there are any).
    public ReadOnlyStringProperty textWarningProperty() {
        return textWarning.getReadOnlyProperty();
    }

    public Command applyCommand() {
        return apply;
    }

    public Command sendCommand() {
        return send;
    }
}
