package com.trendythreads.opsdesk.app;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.viewmodels.common.DesktopActions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javax.imageio.ImageIO;

/// The real app wired for tests: everything under a temporary home, fast key derivation, quick retries.
final class TestApp {

    /// What each demo role sees in the navigation (a workspace follows its operations' x-roles in the contract).
    static final Map<String, List<String>> WORKSPACES_BY_USER = Map.of(
            "mia.merch", List.of("Catalog", "Inventory", "Orders", "Dashboards", "Campaigns", "Pricing", "Data quality", "Sync & conflicts", "Settings"),
            // visibility follows each workspace's list operation (Workspaces.standard()), so the
            // warehouse sees Catalog and Orders (read-only) and support sees Catalog and Campaigns (read-only).
            "walt.warehouse", List.of("Catalog", "Inventory", "Picking", "Orders", "Sync & conflicts", "Settings"),
            "mona.manager", List.of("Catalog", "Inventory", "Picking", "Orders", "Customer service", "Dashboards", "Campaigns", "Pricing", "Audit & alerts", "Data quality", "Sync & conflicts", "Settings"),
            "sam.support", List.of("Catalog", "Orders", "Customer service", "Campaigns", "Sync & conflicts", "Settings"),
            "mark.marketing", List.of("Catalog", "Orders", "Dashboards", "Campaigns", "Sync & conflicts", "Settings"),
            "ada.admin", List.of("Catalog", "Inventory", "Picking", "Orders", "Customer service", "Dashboards", "Campaigns", "Pricing", "Audit & alerts", "Data quality", "Sync & conflicts", "Settings"));

    private TestApp() {
    }

    static AppConfig config(Path home, Optional<String> platformUrl) {
        return new AppConfig(platformUrl, home.resolve("data"), home.resolve("config"), home.resolve("logs"),
                Scale.TINY, 1_000, new CacheOptions(1_000, 0),
                SyncSettings.defaults().withPushBackoff(Duration.ofMillis(100), Duration.ofMillis(500))
                        .withIdleRecheck(Duration.ofMillis(500)),
                Duration.ofMillis(300));
    }

    static Injector injector(AppConfig config) {
        return OpsDesk.injector(config, new DesktopActions() {
            @Override
            public Path logDirectory() {
                return config.logDir();
            }

            @Override
            public void openFolder(Path folder) {
                // no file manager in a headless test
            }
        });
    }

    /// Writes a PNG of the scene to `app/target/screenshots/<name>.png` (call on the FX thread).
    static Path screenshot(Scene scene, String name) {
        BufferedImage image = SwingFXUtils.fromFXImage(scene.snapshot(null), null);
        Path out = Path.of("target", "screenshots", name + ".png").toAbsolutePath();
        try {
            Files.createDirectories(out.getParent());
            ImageIO.write(image, "png", out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
