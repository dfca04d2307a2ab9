package com.trendythreads.opsdesk.platform.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.DataDirs;
import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.changes.ResourceReaders;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.platform.media.SwatchRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// The catalog (PIM): categories, products with variants, media.
///
/// Media bytes live in `<data dir>/media` beside an H2 file database, in a fresh temp directory for an
/// in-memory one, and under the user's default data directory when the database is a JDBC URL.
public final class CatalogModule implements DomainModule {

    private final Path mediaDirOverride;

    public CatalogModule() {
        this(null);
    }

    /// @param mediaDir where image bytes go; null to derive it from the database location
    public CatalogModule(Path mediaDir) {
        this.mediaDirOverride = mediaDir;
    }

    @Override
    public void register(ModuleContext m) {
        m.policies().register("category", ResourceReaders.of(m.spec(), "category"));
        m.policies().register("product", ResourceReaders.of(m.spec(), ProductService.RESOURCE));
        CatalogStore store = new CatalogStore(m.json());
        ObjectMapper json = m.json();
        ProductService products = new ProductService(store, json);
        MediaFiles files = new MediaFiles(mediaDir(m.database()), new SwatchRenderer());
        var h = new CatalogHandlers(m.database().jdbi(), m.writes(), m.changes(), store, products, files, json);
        m.handlers()
                .handle("listCategories", h::listCategories)
                .handle("listProducts", h::listProducts)
                .handle("createProduct", h::createProduct)
                .handle("getProduct", h::getProduct)
                .handle("updateProduct", h::updateProduct)
                .handle("deleteProduct", h::deleteProduct)
                .handle("uploadProductMedia", h::uploadProductMedia)
                .handle("deleteProductMedia", h::deleteProductMedia)
                .handle("getMediaContent", h::getMediaContent);
    }

    private Path mediaDir(Database db) {
        if (mediaDirOverride != null) {
            return mediaDirOverride;
        }
        return switch (db.location()) {
            case Database.Location.H2File f -> f.directory().resolve("media");
            case Database.Location.InMemory ignored -> tempDir();
            case Database.Location.Jdbc ignored -> DataDirs.defaultDataDir().resolve("media");
        };
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("opsdesk-media-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temp media directory", e);
        }
    }
}
