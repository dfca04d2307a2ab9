package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.trendythreads.opsdesk.viewmodels.common.FieldMessage;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.cache.outbox.EntryKind;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductEditorViewModelTest {

    @TempDir
    Path tmp;

    private EditorFixture f;

    private ProductEditorViewModel open(Locale locale) {
        f = new EditorFixture(tmp.resolve("cache"), locale);
        f.vm.activate();
        f.vm.open(EditorFixture.ID);
        return f.vm;
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private static String text(FieldMessage m) {
        return m == null ? null : m.text();
    }

    @Test
    void opensTheProductWithItsFieldsMatrixAttributesAndCompleteness() {
        ProductEditorViewModel vm = open(Locale.ENGLISH);
        assertThat(vm.titleProperty().get()).isEqualTo("Linen Shirt");
        assertThat(vm.categoryProperty().get().id()).isEqualTo("cat_tops");
        assertThat(vm.attributes()).extracting(AttributeItem::label).containsExactly("Fabric", "Fit");
        assertThat(vm.attributes().get(1).choice()).isTrue();
        assertThat(vm.matrix().sizes()).containsExactly("S", "M");
        assertThat(vm.matrix().colours()).containsExactly("Blue", "White");
        assertThat(vm.matrix().cell("M", "White").get(VariantField.PRICE)).isEqualTo("49.99");
        assertThat(vm.media().items()).extracting(MediaItem::id).containsExactly("med_1", "med_2");
        assertThat(vm.media().items().getFirst().mainProperty().get()).isTrue();
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.saveCommand().isExecutable()).isFalse();

        ChannelItem web = vm.channels().getFirst();
        assertThat(web.publishedProperty().get()).isTrue();
        assertThat(web.percentProperty().get()).isEqualTo(100);
        ChannelItem marketplace = vm.channels().get(2);
        assertThat(marketplace.channel()).isEqualTo(Channel.MARKETPLACE);
        assertThat(marketplace.percentProperty().get()).isLessThan(100);
        assertThat(marketplace.missingProperty().get()).isEqualTo("Missing: Fit");
        vm.descriptionProperty().set("");
        assertThat(web.missingProperty().get()).isEqualTo("Missing: Description");
    }

    @Test
    void eachRuleShowsOnItsFieldAsYouTypeAndErrorsBlockSaving() {
        ProductEditorViewModel vm = open(Locale.ENGLISH);
        vm.titleProperty().set("   ");
        assertThat(text(vm.message("title").get())).isEqualTo("Required.");
        vm.titleProperty().set("Linen Shirt Relaxed");
        assertThat(vm.message("title").get()).isNull();

        vm.seasonProperty().set("XX26");
        assertThat(text(vm.message("season").get())).isEqualTo("A season like SS26 or AW26.");
        assertThat(vm.saveCommand().isExecutable()).isFalse();
        vm.seasonProperty().set("AW26");

        VariantCell blueS = vm.matrix().cell("S", "Blue");
        blueS.set(VariantField.PRICE, "abc");
        assertThat(blueS.message(VariantField.PRICE).get()).isEqualTo(
                FieldMessage.error("Type an amount such as 49.99."));
        blueS.set(VariantField.PRICE, "39.99");
        blueS.set(VariantField.COMPARE_AT, "39.99");
        assertThat(text(blueS.message(VariantField.COMPARE_AT).get()))
                .isEqualTo("The compare-at price must be above the price.");
        blueS.set(VariantField.COMPARE_AT, "59.99");
        blueS.set(VariantField.EAN, blueS.get(VariantField.EAN).substring(0, 12) + "0");
        assertThat(text(blueS.message(VariantField.EAN).get())).startsWith("Wrong check digit");
        blueS.set(VariantField.EAN, EditorFixture.ean(1));
        VariantCell whiteM = vm.matrix().cell("M", "White");
        whiteM.set(VariantField.SKU, "TT000002-GRY-OS");
        assertThat(text(whiteM.message(VariantField.SKU).get())).isEqualTo("This SKU belongs to product prd_000002.");
        assertThat(vm.hasErrorsProperty().get()).isTrue();
        assertThat(vm.problemsProperty().get()).isEqualTo("1 problem blocks saving.");
        whiteM.set(VariantField.SKU, "TT000001-WHI-M");

        blueS.set(VariantField.COST, "45.00");
        FieldMessage cost = blueS.message(VariantField.COST).get();
        assertThat(cost.error()).as("a warning").isFalse();
        assertThat(cost.text()).isEqualTo("The cost is at or above the price: no margin.");
        assertThat(vm.hasErrorsProperty().get()).isFalse();
        assertThat(vm.saveCommand().isExecutable()).as("a warning does not block saving").isTrue();

        vm.statusProperty().set(com.trendythreads.opsdesk.api.dto.catalog.ProductStatus.ACTIVE);
        vm.channels().get(2).publishedProperty().set(true);
        assertThat(text(vm.attributes().get(1).messageProperty().get())).isEqualTo("Required to sell on MARKETPLACE.");
    }

    @Test
    void moneyIsTypedInTheUsersLocaleAndSavedAsCentsInOneMergePatchOfTheChangedFields() {
        ProductEditorViewModel vm = open(Locale.GERMAN);
        assertThat(vm.matrix().cell("S", "Blue").get(VariantField.PRICE)).isEqualTo("49,99");
        vm.titleProperty().set("Leinenhemd");
        vm.matrix().cell("S", "Blue").set(VariantField.PRICE, "44,50");
        vm.matrix().cell("S", "Blue").set(VariantField.COMPARE_AT, "");
        assertThat(vm.isDirty()).isTrue();
        vm.saveCommand().execute();

        List<OutboxEntry> entries = f.outbox();
        assertThat(entries).hasSize(1);
        OutboxEntry e = entries.getFirst();
        assertThat(e.kind()).isEqualTo(EntryKind.UPDATE);
        assertThat(e.ifMatch()).isTrue();
        JsonNode patch = e.payload();
        List<String> names = new ArrayList<>();
        patch.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("title", "variants");
        assertThat(patch.get("title").asText()).isEqualTo("Leinenhemd");
        assertThat(patch.get("variants")).as("the whole list").hasSize(4);
        JsonNode first = patch.get("variants").get(0);
        assertThat(first.get("sku").asText()).isEqualTo("TT000001-BLU-S");
        assertThat(first.get("priceCents").asLong()).isEqualTo(4450);
        assertThat(first.get("costCents").asLong()).isEqualTo(2000);
        assertThat(first.get("weightGrams").asInt()).as("kept, not edited here").isEqualTo(200);
        assertThat(f.engine.status().pendingEdits()).isEqualTo(1);
        Product local = f.vm.panels() == null ? null : new com.trendythreads.opsdesk.cache.repo.ProductRepository(f.db)
                .get(EditorFixture.ID).orElseThrow();
        assertThat(local.title()).as("shown locally at once").isEqualTo("Leinenhemd");
        assertThat(vm.isDirty()).isFalse();
        assertThat(f.notes.infos).hasSize(1);
        assertThat(vm.panels().history()).first().satisfies(h -> {
            assertThat(h.who()).isEqualTo("Mia Merch");
            assertThat(h.what()).contains("Leinenhemd").contains("title, variants");
            assertThat(h.state()).isEqualTo("Wartet");
        });
    }

    @Test
    void mediaOrderAndMainImageAreSavedAsMediaOrderAndShowReorderedLocally() {
        ProductEditorViewModel vm = open(Locale.ENGLISH);
        MediaItem second = vm.media().items().get(1);
        vm.media().moveUp(second);
        vm.media().makeMain(second);
        vm.saveCommand().execute();
        JsonNode patch = f.outbox().getFirst().payload();
        assertThat(patch.get("mediaOrder").toString()).isEqualTo("[\"med_2\",\"med_1\"]");
        assertThat(patch.get("mainMediaId").asText()).isEqualTo("med_2");
        assertThat(patch.has("media")).as("not a contract field").isFalse();
        Product local = new com.trendythreads.opsdesk.cache.repo.ProductRepository(f.db).get(EditorFixture.ID)
                .orElseThrow();
        assertThat(local.media()).extracting(m -> m.id() + "@" + m.position()).containsExactly("med_2@0", "med_1@1");
    }

    @Test
    void undoTakesBackOneFieldsTypingAtATimeAndRedoReappliesIt() {
        ProductEditorViewModel vm = open(Locale.ENGLISH);
        vm.titleProperty().set("L");
        vm.titleProperty().set("Li");
        vm.titleProperty().set("Lin");
        vm.brandProperty().set("Other");
        vm.matrix().addSize("L");
        assertThat(vm.undoCommand().isExecutable()).isTrue();

        vm.undoCommand().execute();
        assertThat(vm.matrix().sizes()).containsExactly("S", "M");
        vm.undoCommand().execute();
        assertThat(vm.brandProperty().get()).isEqualTo("Nordwind");
        assertThat(vm.titleProperty().get()).isEqualTo("Lin");
        vm.undoCommand().execute();
        assertThat(vm.titleProperty().get()).isEqualTo("Linen Shirt");
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.undoCommand().isExecutable()).isFalse();

        vm.redoCommand().execute();
        assertThat(vm.titleProperty().get()).isEqualTo("Lin");
        vm.redoCommand().execute();
        vm.redoCommand().execute();
        assertThat(vm.matrix().sizes()).containsExactly("S", "M", "L");
        assertThat(vm.isDirty()).isTrue();
        vm.titleProperty().set("New title");
        assertThat(vm.redoCommand().isExecutable()).as("a new edit ends redo").isFalse();
    }

    @Test
    void undoIsBounded() {
        ProductEditorViewModel vm = open(Locale.ENGLISH);
        for (int i = 0; i < ProductEditorViewModel.UNDO_LIMIT + 20; i++) {
            vm.matrix().addSize("X" + i);
        }
        int undone = 0;
        while (vm.undoCommand().isExecutable()) {
            vm.undoCommand().execute();
            undone++;
        }
        assertThat(undone).isEqualTo(ProductEditorViewModel.UNDO_LIMIT);
        assertThat(vm.matrix().sizes()).hasSize(2 + 20);
    }

    @Test
    void leavingWithUnsavedChangesAsksFirst() {
        ProductEditorViewModel vm = open(Locale.ENGLISH);
        AtomicInteger left = new AtomicInteger();
        vm.confirmDiscard(left::incrementAndGet);
        assertThat(left).as("nothing unsaved: leaves at once").hasValue(1);
        assertThat(f.notes.confirms).isEmpty();

        vm.titleProperty().set("Changed");
        vm.confirmDiscard(left::incrementAndGet);
        assertThat(f.notes.confirms).containsExactly("“Changed” has changes that are not saved. Discard them?");
        assertThat(left).as("the user said no").hasValue(1);
        f.notes.confirmAnswer = true;
        vm.confirmDiscard(left::incrementAndGet);
        assertThat(left).hasValue(2);
        assertThat(f.outbox()).as("nothing saved").isEmpty();
    }

    @Test
    void aChangeUnderneathReloadsACleanFormAndFlagsADirtyOne() {
        ProductEditorViewModel vm = open(Locale.ENGLISH);
        Product p = EditorFixture.shirt();
        f.put(ResourceType.PRODUCT, withTitle(p, "Renamed on the platform", 4));
        assertThat(vm.titleProperty().get()).isEqualTo("Renamed on the platform");
        assertThat(vm.sync().changedOnPlatformProperty().get()).isFalse();

        vm.brandProperty().set("My brand");
        f.put(ResourceType.PRODUCT, withTitle(p, "Renamed again", 5));
        assertThat(vm.titleProperty().get()).as("my edits stay").isEqualTo("Renamed on the platform");
        assertThat(vm.sync().changedOnPlatformProperty().get()).isTrue();
        vm.reload();
        assertThat(vm.titleProperty().get()).isEqualTo("Renamed again");
        assertThat(vm.brandProperty().get()).isEqualTo("Nordwind");
        assertThat(vm.sync().changedOnPlatformProperty().get()).isFalse();
    }

    private static Product withTitle(Product p, String title, long version) {
        return new Product(p.id(), title, p.description(), p.brand(), p.categoryId(), p.season(), p.status(),
                p.attributes(), p.channels(), p.variants(), p.media(), p.mainMediaId(), p.createdAt(), p.updatedAt(),
                version);
    }

    @Test
    void anOpenConflictShowsAsABannerWithTheFieldsAndKeepMineResolvesIt() {
        ProductEditorViewModel vm = open(Locale.ENGLISH);
        long seq = f.engine.edits().update(ResourceType.PRODUCT, EditorFixture.ID,
                EditorFixture.JSON.createObjectNode().put("title", "Mine"), "Rename the shirt");
        f.db.write(tx -> {
            tx.handle().createUpdate("INSERT INTO conflict (outbox_seq, resource, entity_id, kind, mine, theirs_doc, "
                            + "theirs_version, fields, reason, created_at) VALUES (:seq, 'product', :id, 'FIELDS', "
                            + ":mine, :theirs, 4, :fields, 'Changed on the platform too: title', CURRENT_TIMESTAMP)")
                    .bind("seq", seq).bind("id", EditorFixture.ID).bind("mine", "{\"title\":\"Mine\"}")
                    .bind("theirs", EditorFixture.JSON.valueToTree(withTitle(EditorFixture.shirt(), "Theirs", 4))
                            .toString())
                    .bind("fields", "[{\"path\":\"title\",\"base\":\"Linen Shirt\",\"mine\":\"Mine\",\"theirs\":\"Theirs\"}]")
                    .execute();
            tx.handle().createUpdate("UPDATE outbox SET status = 'CONFLICT' WHERE seq = :seq").bind("seq", seq).execute();
            tx.changed("conflict", List.of("product/" + EditorFixture.ID));
            return null;
        });
        assertThat(vm.sync().conflicts()).hasSize(1);
        var c = vm.sync().conflicts().getFirst();
        assertThat(c.fieldConflict()).isTrue();
        assertThat(c.fields()).singleElement().satisfies(fc -> {
            assertThat(fc.path()).isEqualTo("title");
            assertThat(fc.mine()).isEqualTo("Mine");
            assertThat(fc.theirs()).isEqualTo("Theirs");
        });

        vm.sync().keepMine(c);
        assertThat(vm.sync().conflicts()).isEmpty();
        assertThat(f.outbox()).singleElement().satisfies(e -> {
            assertThat(e.status().name()).isEqualTo("PENDING");
            assertThat(e.payload().get("title").asText()).isEqualTo("Mine");
        });
        assertThat(vm.titleProperty().get()).as("the form follows the resolved row").isEqualTo("Mine");
    }

    @Test
    void aNewProductIsQueuedAsACreate() {
        f = new EditorFixture(tmp.resolve("cache"), Locale.ENGLISH);
        ProductEditorViewModel vm = f.vm;
        vm.openNew();
        assertThat(vm.headingProperty().get()).isEqualTo("New product");
        assertThat(vm.saveCommand().isExecutable()).isFalse();
        vm.titleProperty().set("Canvas Tote");
        vm.brandProperty().set("Nordwind");
        vm.seasonProperty().set("SS26");
        vm.categoryProperty().set(vm.categories().getFirst());
        vm.matrix().styleProperty().set("TT000777");
        vm.matrix().addColour("Sand");
        vm.matrix().addSize("OS");
        VariantCell cell = vm.matrix().cell("OS", "Sand");
        assertThat(cell.get(VariantField.SKU)).isEqualTo("TT000777-SAN-OS");
        cell.set(VariantField.EAN, EditorFixture.ean(77));
        cell.set(VariantField.PRICE, "19.90");
        assertThat(vm.hasErrorsProperty().get()).isFalse();
        vm.saveCommand().execute();

        OutboxEntry e = f.outbox().getFirst();
        assertThat(e.kind()).isEqualTo(EntryKind.CREATE);
        assertThat(e.payload().get("title").asText()).isEqualTo("Canvas Tote");
        assertThat(e.payload().get("variants").get(0).get("priceCents").asLong()).isEqualTo(1990);
        assertThat(vm.productIdProperty().get()).startsWith("local-");
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void theHistorySaysWhereItComesFrom() {
        ProductEditorViewModel vm = open(Locale.ENGLISH);
        assertThat(vm.panels().history()).singleElement().satisfies(h -> {
            assertThat(h.who()).isEqualTo("the platform");
            assertThat(h.what()).isEqualTo("Version 3 (the platform's current)");
        });
        assertThat(vm.panels().bought()).as("no cached orders").isEmpty();
        assertThat(Set.of()).isEmpty();
    }
}
