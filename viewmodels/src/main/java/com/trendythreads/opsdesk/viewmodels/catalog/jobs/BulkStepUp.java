package com.trendythreads.opsdesk.viewmodels.catalog.jobs;

import com.trendythreads.opsdesk.api.auth.StepUpApi;
import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.rules.Permissions;
import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.cache.catalog.ProductFields;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// Lane security (issue 10): the password step of a bulk price change of many products. The policy is the
/// contract's `x-bulk-step-up: {minItems: n}` on `updateProduct` (read through [Permissions]): from n products
/// on, Apply asks for the password and the platform's `stepUp` must accept it before the job is queued. The
/// token it answers is not kept (each product's update is an ordinary outbox edit); offline the check cannot
/// be made, so the change waits until the platform is reachable. The typed password is cleared as soon as the
/// check starts.
///
/// Undoing a job restores its before-values through the same updates, so an undo that puts back the prices
/// of n products or more is such a change too and asks the same way ([UndoStepUp]). So does applying a
/// catalog import whose rows change the prices of n products or more ([#productsPricedBy]).
public final class BulkStepUp {

    /// The fields whose change is a price change: the policy's subject, for bulk changes and undos alike.
    private static final Set<String> PRICES = Set.of("priceCents", "compareAtPriceCents");

    private final SyncEngine engine;
    private final TaskRunner runner;
    private final I18n i18n;
    private final String keys;
    private final OptionalInt minItems = Permissions.contract().bulkStepUpMinItems("updateProduct");
    private final ReadOnlyBooleanWrapper needed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /// @param engine the session's sync engine (its signed-in client), or null without a platform
    /// @param keys   the prefix of the wording: `keys.hint` (products, threshold) and `keys.needsPlatform`
    ///               say what is asked for and what did not happen ("bulk.stepUp": apply, "jobs.undo.stepUp": undo,
    ///               "import.stepUp": apply an import)
    public BulkStepUp(SyncEngine engine, TaskRunner runner, I18n i18n, String keys) {
        this.engine = engine;
        this.runner = runner;
        this.i18n = i18n;
        this.keys = keys;
        password.addListener((o, a, b) -> {
            if (!busy.get()) {
                error.set("");
            }
        });
    }

    /// Whether `field` (a [ProductFields] name) is a price.
    public static boolean isPrice(String field) {
        return PRICES.contains(ProductFields.nameOf(field));
    }

    /// The products whose prices undoing a job with these items would put back.
    public static long pricedProducts(List<CatalogJobs.Item> items) {
        return items.stream().filter(i -> i.changes().stream().anyMatch(c -> isPrice(c.field()))).count();
    }

    /// The products whose prices a plan of edits (an import's valid rows) would change.
    public static long productsPricedBy(List<CatalogJobs.ProductEdit> plan) {
        return plan.stream().filter(p -> p.fields().stream().anyMatch(f -> isPrice(f.field())))
                .map(CatalogJobs.ProductEdit::productId).distinct().count();
    }

    /// After a preview: whether a price change of `products` products needs the password.
    public void consider(boolean priceChange, long products) {
        boolean need = priceChange && minItems.isPresent() && products >= minItems.getAsInt();
        needed.set(need);
        hint.set(need ? i18n.get(keys + ".hint", products, minItems.getAsInt()) : "");
        if (!need) {
            password.set("");
            error.set("");
        }
    }

    /// Apply may be pressed: no password needed, or one typed and no check running.
    public boolean ready() {
        return !busy.get() && (!needed.get() || !password.get().isEmpty());
    }

    /// Has the platform check the password (in the background), then runs `then` on the UI thread.
    public void verify(Runnable then) {
        String pw = password.get();
        password.set("");
        if (engine == null || engine.connectivity() == Connectivity.OFFLINE) {
            error.set(i18n.get(keys + ".needsPlatform"));
            return;
        }
        BackgroundTask.of(() -> engine.service(StepUpApi.class).stepUp(new StepUpApi.StepUpRequest(pw)))
                .onStart(() -> {
                    busy.set(true);
                    error.set("");
                })
                .onSuccess(token -> then.run())
                .onFailure(e -> error.set(e instanceof ApiProblem p && p.isTransient() ? i18n.get(keys + ".needsPlatform")
                        : i18n.get("stepUp.failed", e instanceof ApiProblem p2 && p2.detail() != null ? p2.detail() : "")))
                .onFinished(() -> busy.set(false))
                .runWith(runner);
    }

    public ReadOnlyBooleanProperty neededProperty() {
        return needed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /// "This price change touches 60 products (50 or more): enter your password to apply it."
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
