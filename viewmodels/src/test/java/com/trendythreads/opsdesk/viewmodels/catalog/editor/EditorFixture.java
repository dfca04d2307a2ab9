package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.Media;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.api.rules.Ean13;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// A real encrypted cache in a temp directory with a small hand-made catalog, a sync engine that is
/// never started (edits stay queued), and a product editor over them; no FX toolkit.
final class EditorFixture implements AutoCloseable {

    static final ObjectMapper JSON = Json.mapper();
    static final String ID = "prd_000001";
    static final String OTHER = "prd_000002";
    static final Category TOPS = new Category("cat_tops", "Tops", null, List.of(
            new CategoryAttribute("fabric", "Fabric", CategoryAttribute.Type.TEXT, List.of(), List.of(Channel.WEB)),
            new CategoryAttribute("fit", "Fit", CategoryAttribute.Type.ENUM, List.of("Slim", "Regular"),
                    List.of(Channel.MARKETPLACE))), 1);

    /// Records what the editor tells the user; `confirm` answers as [#confirmAnswer] says.
    static final class Notes implements Notifier {
        final List<String> infos = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        final List<String> confirms = new ArrayList<>();
        boolean confirmAnswer;

        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void error(String title, String message) {
            errors.add(title + ": " + message);
        }

        @Override
        public void confirm(String title, String message, String confirmLabel, Runnable onConfirm) {
            confirms.add(message);
            if (confirmAnswer) {
                onConfirm.run();
            }
        }
    }

    final CacheDatabase db;
    final LocalTables tables = new LocalTables();
    final SyncEngine engine;
    final PlatformClient client;
    final Notes notes = new Notes();
    final I18n i18n;
    final ProductEditorViewModel vm;

    EditorFixture(Path dir, Locale locale) {
        db = CacheDatabase.open(dir, "http://127.0.0.1:9/", "mia.merch", "demo".toCharArray(), new CacheOptions(1_000, 0));
        client = PlatformClient.builder().baseUrl("http://127.0.0.1:9/").build();
        engine = new SyncEngine(db, tables, client, SyncSettings.defaults(), Clock.systemUTC(), Runnable::run);
        put(ResourceType.CATEGORY, TOPS);
        put(ResourceType.PRODUCT, shirt());
        put(ResourceType.PRODUCT, new Product(OTHER, "Wool Scarf", "Warm.", "Nordwind", "cat_tops", "AW26",
                ProductStatus.ACTIVE, Map.of("fabric", "Wool"), List.of(Channel.WEB),
                List.of(new Variant("TT000002-GRY-OS", ean(900), "OS", "Grey", 2999L, null, 900L, 150)), List.of(),
                null, Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-02T10:00:00Z"), 1));
        InMemorySettingsStore settings = new InMemorySettingsStore();
        settings.setLocale(locale);
        i18n = new I18n(settings);
        SessionState state = new SessionState();
        state.signedIn(new UserSession("http://127.0.0.1:9/", Fakes.user("mia.merch", "Mia Merch", "MERCHANDISER"),
                false, false, dir, new Fakes.Status(), engine, new LocalData(db, engine.edits()), null));
        vm = new ProductEditorViewModel(state, TaskRunner.direct(), notes, i18n);
    }

    static String ean(int n) {
        return Ean13.complete(String.format("400123%06d", n));
    }

    static Product shirt() {
        List<Variant> variants = new ArrayList<>();
        int n = 1;
        for (String colour : List.of("Blue", "White")) {
            for (String size : List.of("S", "M")) {
                variants.add(new Variant("TT000001-" + colour.substring(0, 3).toUpperCase(Locale.ROOT) + "-" + size,
                        ean(n++), size, colour, 4999L, null, 2000L, 200));
            }
        }
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        return new Product(ID, "Linen Shirt", "A light shirt.", "Nordwind", "cat_tops", "SS26", ProductStatus.ACTIVE,
                Map.of("fabric", "Linen"), List.of(Channel.WEB), variants,
                List.of(new Media("med_1", "a.png", "image/png", 10, 40, 30, null, 0, "/v1/media/med_1/content", t),
                        new Media("med_2", "b.png", "image/png", 10, 40, 30, null, 1, "/v1/media/med_2/content", t)),
                "med_1", t, t, 3);
    }

    void put(ResourceType type, Object dto) {
        JsonNode doc = JSON.valueToTree(dto);
        db.write(tx -> {
            tables.upsert(tx.handle(), type, List.of(doc));
            tx.changed(type.table(), List.of(type.idOf(doc)));
            return null;
        });
    }

    List<OutboxEntry> outbox() {
        return engine.outbox().entries();
    }

    @Override
    public void close() {
        vm.deactivate();
        engine.close();
        db.close();
        client.close();
    }
}
