package com.trendythreads.opsdesk.app;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.service.CatalogApi;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/// What the catalog screen tests share: sign in through the real window, open one catalog screen in a
/// window of its own (the workspace host that opens them as tabs is built separately), and read prices
/// from the platform.
final class CatalogScreens {

    private CatalogScreens() {
    }

    static void signIn(FxRobot robot, String username) throws Exception {
        robot.clickOn("#username").write(username);
        robot.interact(() -> robot.lookup("#password").queryAs(PasswordField.class).clear());
        robot.clickOn("#password").write("demo");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#lastSync").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last sync")).orElse(false));
    }

    /// Loads `viewClass` through the injector in a new window of 1280 × 820 and shows it.
    static <V> V open(Injector injector, Class<V> viewClass) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ViewLoader.Loaded<V> loaded = injector.getInstance(ViewLoader.class).load(viewClass);
            Scene scene = new Scene(loaded.root(), 1280, 820);
            scene.getStylesheets().add(ViewLoader.class.getResource("/com/trendythreads/opsdesk/views/app.css")
                    .toExternalForm());
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            return loaded.view();
        }).get();
    }

    /// Signs out and waits for the sign-in screen, so that no session publishes into a window being torn down.
    static void signOut(FxRobot robot, Injector injector) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> SessionState.close(injector.getInstance(SessionState.class).detach(), false)).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signIn").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static PlatformClient admin(String baseUrl) {
        PlatformClient c = PlatformClient.builder().baseUrl(baseUrl).build();
        c.session().signIn("ada.admin", "demo");
        return c;
    }

    /// SKU → price on the platform, for the products `ids`.
    static Map<String, Long> platformPrices(PlatformClient admin, List<String> ids) {
        Map<String, Long> out = new HashMap<>();
        CatalogApi api = admin.create(CatalogApi.class);
        for (String id : ids) {
            Product p = api.getProduct(id).body();
            for (Variant v : p.variants()) {
                out.put(v.sku(), v.priceCents());
            }
        }
        return out;
    }
}
