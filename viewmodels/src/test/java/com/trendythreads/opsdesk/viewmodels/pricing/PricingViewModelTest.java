package com.trendythreads.opsdesk.viewmodels.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.catalog.CatalogDesk;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.BulkChangeViewModel;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.PreviewRow;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The pricing workspace on a cache synced from the TINY demo platform (nothing is pushed): suggestions with
/// reasons, what-if, accept → the catalog's bulk preview of exactly the planned prices, reject remembered, and
/// who may set the floor.
class PricingViewModelTest {

    @TempDir
    Path tmp;

    private CatalogDesk desk;
    private PricingViewModel vm;

    @BeforeEach
    void setUp() {
        desk = new CatalogDesk(tmp, Locale.ENGLISH);
        vm = new PricingViewModel(desk.session, desk.runner, desk.i18n, desk.notifier);
        vm.activate();
    }

    @AfterEach
    void tearDown() {
        vm.deactivate();
        desk.close();
    }

    @Test
    void suggestionsCarryTheirReasonsAndAcceptingPreviewsExactlyThosePrices() {
        assertThat(desk.notifier.errors).isEmpty();
        assertThat(vm.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.action()).isNotBlank();
            assertThat(i.reason()).isNotBlank();
            assertThat(i.elasticity()).matches(".*(±|assumed).*");
        });
        SuggestionItem first = vm.items().getFirst();
        assertThat(first.action()).startsWith("Mark down");
        assertThat(first.reason()).contains("sold through against");
        assertThat(vm.summaryProperty().get()).contains("styles").contains("0 rejected");

        vm.select(first);
        assertThat(vm.whatIf().rows()).extracting(WhatIfViewModel.Row::label)
                .containsExactly("Price", "Units", "Revenue", "Margin");
        assertThat(vm.whatIf().titleProperty().get()).contains(first.title());
        assertThat(vm.whatIf().rows().get(1).current()).matches("\\d+ \\(\\d+ – \\d+\\)");

        List<SuggestionItem> chosen = vm.items().subList(0, 3);
        vm.accept(List.copyOf(chosen));
        PricingViewModel.Accepted accepted = vm.acceptedProperty().get();
        assertThat(accepted).isNotNull();
        assertThat(accepted.description()).startsWith("Price suggestions: 3 styles (Round to .99, floor cost + 20 %)");
        assertThat(chosen.stream().map(SuggestionItem::productId)).containsAll(accepted.edits().keySet());

        BulkChangeViewModel bulk = new BulkChangeViewModel(desk.session, desk.runner, desk.i18n, desk.notifier);
        bulk.startPlanned(accepted.edits(), accepted.description());
        assertThat(bulk.plannedProperty().get()).isTrue();
        assertThat(bulk.rows()).isNotEmpty();
        for (PreviewRow r : bulk.rows()) {
            JsonNode planned = accepted.edits().get(r.productId()).get(r.field());
            assertThat(r.after()).as(r.field()).isEqualTo(planned);
            assertThat(r.after().asLong() % 100).as("rounded to .99").isEqualTo(99);
            assertThat(r.after().asLong()).isLessThan(r.before().asLong());
        }
        assertThat(bulk.applyCommand().isExecutable()).isTrue();
        assertThat(bulk.confirmation()).startsWith("Change ").endsWith(" products?");
    }

    @Test
    void aRejectedSuggestionIsRememberedWithItsReason() {
        SuggestionItem first = vm.items().getFirst();
        int before = vm.items().size();

        vm.reject(List.of(first), "Buyer keeps it for the January campaign");

        assertThat(vm.items()).hasSize(before - 1).noneMatch(i -> i.productId().equals(first.productId()));
        assertThat(vm.summaryProperty().get()).contains("1 rejected");
        assertThat(desk.notifier.infos).contains("1 suggestions rejected.");
        PricingViewModel again = new PricingViewModel(desk.session, desk.runner, desk.i18n, desk.notifier);
        again.activate();
        assertThat(again.items()).noneMatch(i -> i.productId().equals(first.productId()));
        Map<String, ?> stored = new com.trendythreads.opsdesk.cache.pricing.PricingStore(desk.data().db()).rejections();
        assertThat(stored).containsOnlyKeys(first.productId());
        assertThat(new com.trendythreads.opsdesk.cache.pricing.PricingStore(desk.data().db()).rejections()
                .get(first.productId()).reason()).isEqualTo("Buyer keeps it for the January campaign");
    }

    @Test
    void onlyAManagerOrAdminSetsTheFloorAndTheFloorIsUsed() {
        assertThat(vm.mayAccept()).isTrue();
        assertThat(vm.mayEditMargin()).isFalse();
        assertThat(vm.saveMarginCommand().isExecutable()).as("a merchandiser may not lower the floor").isFalse();

        SessionState managerSession = new SessionState();
        managerSession.signedIn(new UserSession("http://desk", Fakes.user("mona.manager", "Mona", "MANAGER"), true,
                false, tmp.resolve("cache"), new Fakes.Status(), desk.engine(), desk.data(), () -> { }));
        PricingViewModel manager = new PricingViewModel(managerSession, desk.runner, desk.i18n, desk.notifier);
        manager.activate();
        assertThat(manager.mayAccept()).as("managers do not change catalog prices").isFalse();
        manager.minMarginProperty().set("95");
        assertThat(manager.minMarginErrorProperty().get()).isEqualTo("A whole number from 0 to 90.");
        assertThat(manager.saveMarginCommand().isExecutable()).isFalse();
        manager.minMarginProperty().set("60");
        assertThat(manager.saveMarginCommand().isExecutable()).isTrue();
        manager.saveMarginCommand().execute();
        assertThat(desk.notifier.infos).contains("Price floor: cost + 60 % margin.");

        vm.load();
        assertThat(vm.minMarginProperty().get()).isEqualTo("60");
        vm.accept(List.copyOf(vm.items()));
        PricingViewModel.Accepted accepted = vm.acceptedProperty().get();
        assertThat(accepted.description()).endsWith("floor cost + 60 %)");
        accepted.edits().forEach((id, fields) -> {
            var p = desk.data().products().get(id).orElseThrow();
            p.variants().forEach(v -> {
                JsonNode price = fields.get("variants[" + v.sku() + "].priceCents");
                if (price != null && v.costCents() != null) {
                    assertThat(price.asLong()).as(v.sku()).isGreaterThanOrEqualTo(v.costCents() * 100 / 40);
                }
            });
        });
        assertThat(accepted.floored()).isPositive();
    }
}
