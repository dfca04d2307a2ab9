package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.Page;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.service.CrmApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomerRowItem;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.views.common.CustomerDataNotice;
import com.trendythreads.opsdesk.views.service.customers.GdprView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// Privacy end to end (issue #10): a real desk session of ada.admin against the TINY demo platform with the
/// app's own logging (files, INFO) — sign in and sync, open the customers and one 360, ask for an orders
/// export (the shared customer-data question; cancelled), a GDPR export (to a file outside the desk's home)
/// and an erasure — then every file under the desk's home (the encrypted cache, settings, the log files) is
/// read byte by byte: no seeded customer's e-mail, phone number or full name may appear.
@ExtendWith(ApplicationExtension.class)
class PrivacyEndToEndTest {

    @TempDir
    static Path tmp;

    private UiDesk desk;
    private ProductionLogging logging;
    private Node scope;

    @Start
    void start(Stage stage) {
        logging = ProductionLogging.to(tmp.resolve("home").resolve("logs"));
        desk = UiDesk.withPlatform(stage, tmp);
        stage.setWidth(1440);
        stage.setHeight(900);
    }

    @Stop
    void stop() {
        desk.close();
        logging.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> UiDesk.onFx(condition));
    }

    /// Every seeded customer as the platform holds them (an admin sees the PII).
    private List<Customer> seededCustomers() {
        List<Customer> out = new ArrayList<>();
        try (PlatformClient admin = desk.admin()) {
            CrmApi crm = admin.create(CrmApi.class);
            String cursor = null;
            do {
                Page<Customer> page = crm.listCustomers(cursor, 200, null, null);
                out.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void noCustomerContactOrNameInTheLogsOrTheCacheFile(FxRobot robot) throws Exception {
        List<Customer> seeded = seededCustomers();
        assertThat(seeded).hasSizeGreaterThan(100);

        robot.clickOn("#username").write("ada.admin");
        UiDesk.signIn(robot, "demo");
        LocalData data = desk.injector().getInstance(SessionState.class).current().data();
        // a customer with a phone and no order the platform would still have to deliver: exported, then erased
        String id = data.db().read(h -> h.createQuery("SELECT c.id FROM customers c WHERE c.phone IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id"
                        + " AND o.status IN ('PLACED', 'PAID', 'PICKING', 'PACKED')) ORDER BY c.id LIMIT 1")
                .mapTo(String.class).one());
        Customer c = data.customers().get(id).orElseThrow();

        // Orders: the export asks the shared customer-data question first; cancelled, nothing is written.
        robot.clickOn("Orders");
        robot.clickOn("#exportButton");
        waitUntil(() -> UiDesk.dialog("This export contains customer data") != null);
        robot.clickOn("Cancel");
        waitUntil(() -> UiDesk.dialog("This export contains customer data") == null);

        // Customer service → Customers → the customer's 360
        robot.clickOn("Customer service");
        robot.clickOn("Customers");
        scope = robot.lookup(".customers").query();
        robot.clickOn(robot.from(scope).lookup("#customerSearch").queryAs(Node.class)).write(c.lastName());
        TableView<CustomerRowItem> table = robot.from(scope).lookup("#customerTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.id().equals(id)));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.id().equals(id)).findFirst().orElseThrow()));
        String name = c.firstName() + " " + c.lastName();
        waitUntil(() -> name.equals(robot.from(scope).lookup("#customerName").queryAs(Label.class).getText()));

        // GDPR export to a file outside the desk's home (that file is meant to hold the data)
        robot.clickOn(robot.from(scope).lookup("#customerPrivacyTab .tab-label").queryAs(Node.class));
        robot.clickOn(robot.from(scope).lookup("#gdprExport").queryAs(Node.class));
        // GDPR requests ask for the password again (step-up)
        robot.clickOn(robot.from(scope).lookup("#stepUpPassword").queryAs(Node.class)).write("demo");
        GdprView gdpr = UiDesk.onFx(() -> (GdprView) robot.from(scope).lookup((java.util.function.Predicate<Node>) n -> n.getUserData() instanceof GdprView)
                .query().getUserData());
        Path export = tmp.resolve("exports").resolve("gdpr.json");
        Files.createDirectories(export.getParent());
        WaitForAsyncUtils.asyncFx(() -> gdpr.exportTo(export)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(export) && Files.size(export) > 0);
        assertThat(Files.readString(export)).contains(c.email());

        // Erasure
        robot.clickOn(robot.from(scope).lookup("#gdprErase").queryAs(Node.class));
        robot.clickOn(robot.from(scope).lookup("#gdprReason").queryAs(Node.class)).write("Customer asked by letter");
        robot.interact(() -> robot.from(scope).lookup("#stepUpPassword").queryAs(javafx.scene.control.PasswordField.class).clear());
        robot.clickOn(robot.from(scope).lookup("#stepUpPassword").queryAs(Node.class)).write("demo");
        robot.clickOn(robot.from(scope).lookup("#gdprConfirmErase").queryAs(Node.class));
        waitUntil(() -> data.customers().get(id).map(x -> !x.email().equals(c.email())).orElse(true));

        // GDPR purge across every table of the cache: no column of any row holds their e-mail, phone or name.
        List<String> traces = List.of(c.email(), c.phone(), name);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> tablesHolding(data, traces).isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("after the erasure the cache still holds the customer in "
                    + tablesHolding(data, traces), e);
        }

        // The session ends (the cache is closed and flushed; the local data stays), then every byte is read.
        desk.signOut(robot);
        Map<Path, String> leaks = leaks(tmp.resolve("home"), seeded);
        assertThat(leaks).as("files under the desk's home holding a customer's e-mail, phone or name").isEmpty();
        assertThat(logging.written()).as("the log files were written").contains("Opened local cache", "ada.admin");
    }

    /// `table.column` of every text column of the cache whose value contains one of `texts` (ignoring case).
    private static List<String> tablesHolding(LocalData data, List<String> texts) {
        return data.db().read(h -> {
            List<String> out = new ArrayList<>();
            List<Map<String, Object>> columns = h.createQuery("SELECT table_name, column_name FROM"
                    + " information_schema.columns WHERE table_schema = 'PUBLIC' AND data_type IN"
                    + " ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CHARACTER', 'JSON')").mapToMap().list();
            for (Map<String, Object> col : columns) {
                String t = (String) col.get("table_name");
                String k = (String) col.get("column_name");
                for (String text : texts) {
                    long n = h.createQuery("SELECT COUNT(*) FROM \"" + t + "\" WHERE LOWER(CAST(\"" + k
                                    + "\" AS VARCHAR)) LIKE :q")
                            .bind("q", "%" + text.toLowerCase(Locale.ROOT) + "%").mapTo(Long.class).one();
                    if (n > 0) {
                        out.add(t + "." + k);
                    }
                }
            }
            return out;
        });
    }

    /// For each file holding one of the customers' e-mails, phones or full names: the first one found.
    private static Map<Path, String> leaks(Path home, List<Customer> customers) throws Exception {
        List<String> needles = new ArrayList<>();
        for (Customer c : customers) {
            needles.add(c.email().toLowerCase(Locale.ROOT));
            if (c.phone() != null) {
                needles.add(c.phone());
            }
            needles.add((c.firstName() + " " + c.lastName()).toLowerCase(Locale.ROOT));
        }
        Map<Path, String> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String utf8 = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
                for (String n : needles) {
                    if (utf8.contains(new String(n.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
                        out.put(home.relativize(f), n);
                        break;
                    }
                }
            }
        }
        return out;
    }
}
