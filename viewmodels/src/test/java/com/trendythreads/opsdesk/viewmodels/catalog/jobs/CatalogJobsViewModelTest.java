package com.trendythreads.opsdesk.viewmodels.catalog.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.cache.catalog.ProductFields;
import com.trendythreads.opsdesk.viewmodels.catalog.CatalogDesk;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// "Recent changes" undo on a real cache synced from the TINY demo platform. Lane security (issue 10): undoing
/// a job puts back the prices of the products it changed, so from the contract's `x-bulk-step-up` threshold
/// (updateProduct, 50) it is a bulk price change and the platform must accept the password first.
class CatalogJobsViewModelTest {

    @TempDir
    Path tmp;

    private CatalogDesk desk;

    @BeforeEach
    void setUp() {
        desk = new CatalogDesk(tmp, Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    private Map<String, Long> prices(List<String> ids) {
        Map<String, Long> out = new HashMap<>();
        for (String id : ids) {
            desk.data().products().get(id).orElseThrow().variants().forEach(v -> out.put(v.sku(), v.priceCents()));
        }
        return out;
    }

    /// Every variant's price one euro up, as one job.
    private CatalogJobs.Job priceJob(List<String> ids) {
        List<CatalogJobs.ProductEdit> plan = ids.stream().map(id -> {
            Product p = desk.data().products().get(id).orElseThrow();
            List<CatalogJobs.FieldEdit> fields = p.variants().stream().map((Variant v) -> new CatalogJobs.FieldEdit(
                    ProductFields.variant(v.sku(), "priceCents"), LongNode.valueOf(v.priceCents()),
                    LongNode.valueOf(v.priceCents() + 100))).toList();
            return new CatalogJobs.ProductEdit(id, fields);
        }).toList();
        return desk.data().jobs().run(CatalogJobs.Kind.BULK, "Price +1.00 on " + ids.size(), plan, (d, t) -> { },
                () -> false).job();
    }

    private static JobItem item(CatalogJobsViewModel vm, long jobId) {
        return vm.items().stream().filter(i -> i.id() == jobId).findFirst().orElseThrow();
    }

    private int queued() {
        return desk.engine().outbox().entries().size();
    }

    @Test
    void undoingAPriceJobOfFiftyProductsOrMoreNeedsThePasswordWhichThePlatformChecksAndOfflineRefuses() {
        List<String> ids = desk.productIds(60);
        assertThat(ids).hasSize(60);
        Map<String, Long> before = prices(ids);
        CatalogJobs.Job job = priceJob(ids);
        assertThat(job.changedProducts()).isEqualTo(60);
        Map<String, Long> raised = prices(ids);
        int queuedByJob = queued();

        CatalogJobsViewModel vm = new CatalogJobsViewModel(desk.session, desk.runner, desk.i18n, desk.notifier);
        vm.activate();
        UndoStepUp stepUp = vm.stepUp();
        vm.undo(item(vm, job.id()));

        assertThat(stepUp.waitingProperty().get()).as("asks first").isTrue();
        assertThat(stepUp.stepUp().hintProperty().get())
                .isEqualTo("This undo changes the prices of 60 products (50 or more): enter your password to undo it.");
        assertThat(stepUp.confirm().isExecutable()).as("no password typed").isFalse();
        assertThat(prices(ids)).as("nothing undone while it asks").isEqualTo(raised);

        // Offline (a desk whose engine has not reached the platform): refused in words, nothing queued.
        CatalogJobsViewModel offline = new CatalogJobsViewModel(desk.offlineSession(), desk.runner, desk.i18n,
                desk.notifier);
        offline.activate();
        offline.undo(item(offline, job.id()));
        assertThat(offline.stepUp().waitingProperty().get()).isTrue();
        offline.stepUp().stepUp().passwordProperty().set("demo");
        offline.stepUp().confirm().execute();
        assertThat(offline.stepUp().stepUp().errorProperty().get()).isEqualTo(
                "Your password must be checked by the platform, which cannot be reached now. Nothing was undone.");
        assertThat(prices(ids)).isEqualTo(raised);
        assertThat(queued()).as("nothing queued").isEqualTo(queuedByJob);
        offline.deactivate();

        // Cancel: nothing undone, the typed password forgotten.
        stepUp.stepUp().passwordProperty().set("demo");
        stepUp.cancel().execute();
        assertThat(stepUp.waitingProperty().get()).isFalse();
        assertThat(stepUp.stepUp().passwordProperty().get()).isEmpty();
        assertThat(prices(ids)).isEqualTo(raised);
        assertThat(item(vm, job.id()).undoable()).isTrue();

        // A wrong password: the platform's refusal in words, nothing undone or queued.
        vm.undo(item(vm, job.id()));
        stepUp.stepUp().passwordProperty().set("not-my-password");
        stepUp.confirm().execute();
        assertThat(stepUp.stepUp().errorProperty().get()).startsWith("Your password was not accepted; nothing was done.");
        assertThat(stepUp.stepUp().passwordProperty().get()).as("the password is not kept").isEmpty();
        assertThat(stepUp.waitingProperty().get()).as("it may be typed again").isTrue();
        assertThat(prices(ids)).isEqualTo(raised);
        assertThat(queued()).isEqualTo(queuedByJob);
        assertThat(desk.data().jobs().recent(5)).as("no undo job").hasSize(1);

        // The right one: every price back as it was.
        stepUp.stepUp().passwordProperty().set("demo");
        stepUp.confirm().execute();
        assertThat(stepUp.stepUp().errorProperty().get()).isEmpty();
        assertThat(stepUp.waitingProperty().get()).isFalse();
        assertThat(prices(ids)).isEqualTo(before);
        assertThat(vm.messageProperty().get()).startsWith("Undone: " + before.size() + " fields restored on 60 products");
        assertThat(item(vm, job.id()).state()).isEqualTo("Undone");
        assertThat(desk.notifier.errors).isEmpty();
        vm.deactivate();
    }

    @Test
    void smallerPriceJobsAndLargeJobsOfOtherFieldsUndoWithoutAsking() {
        List<String> ids = desk.productIds(60);
        List<String> few = ids.subList(0, 49);
        Map<String, Long> before = prices(few);
        CatalogJobs.Job prices = priceJob(few);
        List<CatalogJobs.ProductEdit> seasonPlan = ids.stream().map(id -> new CatalogJobs.ProductEdit(id, List.of(
                new CatalogJobs.FieldEdit("season", null, TextNode.valueOf("AW31"))))).toList();
        CatalogJobs.Job seasons = desk.data().jobs().run(CatalogJobs.Kind.BULK, "Season AW31", seasonPlan, (d, t) -> { },
                () -> false).job();
        assertThat(seasons.changedProducts()).isEqualTo(60);

        CatalogJobsViewModel vm = new CatalogJobsViewModel(desk.session, desk.runner, desk.i18n, desk.notifier);
        vm.activate();
        vm.undo(item(vm, seasons.id()));
        assertThat(vm.stepUp().waitingProperty().get()).as("not a price change").isFalse();
        assertThat(item(vm, seasons.id()).state()).isEqualTo("Undone");

        vm.undo(item(vm, prices.id()));
        assertThat(vm.stepUp().waitingProperty().get()).as("49 products").isFalse();
        assertThat(vm.stepUp().stepUp().hintProperty().get()).isEmpty();
        assertThat(prices(few)).isEqualTo(before);
        assertThat(item(vm, prices.id()).state()).isEqualTo("Undone");
        vm.deactivate();
    }
}
