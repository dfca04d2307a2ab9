package com.trendythreads.opsdesk.viewmodels.governance;

import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.governance.DataQuality;
import com.trendythreads.opsdesk.cache.governance.DataQuality.DayCount;
import com.trendythreads.opsdesk.cache.governance.Finding;
import com.trendythreads.opsdesk.cache.governance.QualityReport;
import com.trendythreads.opsdesk.cache.governance.QualityRule;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The governance workspace: the data-quality rules the user may see with their violation counts and a
/// 30-day trend, the violating records of the selected rule (each opens its record), and a CSV export of
/// every finding. Each check (on activation, or on demand) records the day's counts for the trend.
///
/// Catalog rules need `listProducts`; the customer rule needs `listCustomers` and one of the contract's
/// `x-pii-roles`, since whether a customer has consented is personal data.
public final class GovernanceViewModel implements Activatable {

    /// Days of the trend.
    public static final int TREND_DAYS = 30;
    /// The contract's `x-pii-roles` (openapi.yaml, top level).
    static final Set<String> PII_ROLES = com.trendythreads.opsdesk.api.rules.Permissions.contract().piiRoles();

    /// What a check reads: the session's cache and who is signed in.
    public record Source(LocalData data, SessionUser user) {
    }

    /// One rule as listed: its name, help, count out of the records checked, and the trend (oldest first).
    public record RuleItem(QualityRule rule, String name, String help, int count, int checked, List<Integer> trend,
                           String trendText) {
        public RuleItem {
            trend = List.copyOf(trend);
        }
    }

    /// One violating record as listed.
    public record FindingItem(QualityRule rule, String recordId, String label, String detail) {
    }

    private final Supplier<Source> source;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final Clock clock;
    private final RecordLinks links;
    private final ObservableList<RuleItem> rules = FXCollections.observableArrayList();
    private final ObservableList<FindingItem> findings = FXCollections.observableArrayList();
    private final ObjectProperty<RuleItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper checkedAt = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Command refresh;
    private QualityReport report;

    @Inject
    public GovernanceViewModel(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n, Clock clock,
            RecordLinks links) {
        this(() -> new Source(sessionState.current().data(), sessionState.current().user()), runner, notifier, i18n,
                clock, links);
    }

    public GovernanceViewModel(Supplier<Source> source, TaskRunner runner, Notifier notifier, I18n i18n, Clock clock,
            RecordLinks links) {
        this.source = source;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        this.clock = clock;
        this.links = links;
        refresh = Command.of(this::refresh, Bindings.createBooleanBinding(() -> !busy.get(), busy));
        selected.addListener((o, a, b) -> showFindings());
    }

    /// The rules `user` may see.
    public static Set<QualityRule> rulesFor(SessionUser user) {
        Set<QualityRule> out = EnumSet.noneOf(QualityRule.class);
        for (QualityRule r : QualityRule.values()) {
            boolean allowed = r.subject() == QualityRule.Subject.PRODUCT
                    ? user.may("listProducts")
                    : user.may("listCustomers") && user.roles().stream().anyMatch(PII_ROLES::contains);
            if (allowed) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public void activate() {
        if (!busy.get()) {
            refresh();
        }
    }

    @Override
    public void deactivate() {
        // nothing live: a check is a snapshot, refreshed on the next activation or on demand
    }

    private void refresh() {
        Source s = source.get();
        Set<QualityRule> visible = rulesFor(s.user());
        BackgroundTask.of(() -> {
                    DataQuality quality = new DataQuality(s.data().db(), clock);
                    QualityReport r = quality.checkAndRecord(visible);
                    return Map.entry(r, quality.trend(TREND_DAYS));
                })
                .onStart(() -> busy.set(true))
                .onSuccess(e -> show(e.getKey(), e.getValue()))
                .onFailure(e -> notifier.error(i18n.get("governance.failed"), String.valueOf(e.getMessage())))
                .onFinished(() -> busy.set(false))
                .runWith(runner);
    }

    private void show(QualityReport r, Map<QualityRule, List<DayCount>> trend) {
        report = r;
        QualityRule was = selected.get() == null ? null : selected.get().rule();
        List<RuleItem> items = new ArrayList<>();
        for (QualityRule rule : QualityRule.values()) {
            if (!r.findings().containsKey(rule)) {
                continue;
            }
            List<Integer> points = trend.getOrDefault(rule, List.of()).stream().map(DayCount::violations).toList();
            String trendText = points.size() < 2 ? i18n.get("governance.trend.none")
                    : i18n.get("governance.trend.change", signed(points.getLast() - points.getFirst()), points.size());
            items.add(new RuleItem(rule, i18n.get("governance.rule." + rule.key()),
                    i18n.get("governance.rule." + rule.key() + ".help"), r.count(rule),
                    r.checked().getOrDefault(rule, 0), points, trendText));
        }
        rules.setAll(items);
        selected.set(items.stream().filter(i -> i.rule() == was).findFirst()
                .or(() -> items.stream().filter(i -> i.count() > 0).findFirst())
                .orElse(items.isEmpty() ? null : items.getFirst()));
        showFindings();
        checkedAt.set(i18n.get("governance.checkedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(clock.getZone()).format(r.at())));
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }

    private void showFindings() {
        RuleItem rule = selected.get();
        if (rule == null || report == null) {
            findings.clear();
            return;
        }
        findings.setAll(report.of(rule.rule()).stream().map(this::item).toList());
    }

    private FindingItem item(Finding f) {
        return new FindingItem(f.rule(), f.recordId(), f.label(), String.join("; ", f.detail()));
    }

    /// Opens the finding's product in the catalog or customer in customer service.
    public void open(FindingItem f) {
        if (f != null) {
            links.open(f.rule().subject() == QualityRule.Subject.PRODUCT ? Target.PRODUCT : Target.CUSTOMER,
                    f.recordId());
        }
    }

    /// Whether the export holds customer records (ids of customers without consent), so the view asks the
    /// shared customer-data question before saving.
    public boolean exportContainsCustomerData() {
        return report != null && report.count(QualityRule.CUSTOMER_WITHOUT_CONSENT) > 0;
    }

    /// Writes every finding of every listed rule as CSV (or XLSX by the extension): rule, record, label, detail.
    public void export(Path file) {
        QualityReport r = report;
        if (r == null) {
            return;
        }
        List<List<?>> rows = new ArrayList<>();
        for (RuleItem rule : rules) {
            for (Finding f : r.of(rule.rule())) {
                rows.add(List.of(rule.name(), f.rule().subject().name(), f.recordId(), f.label(),
                        String.join("; ", f.detail())));
            }
        }
        List<String> header = List.of(i18n.get("governance.col.rule"), i18n.get("governance.col.kind"),
                i18n.get("governance.col.id"), i18n.get("governance.col.label"), i18n.get("governance.col.detail"));
        boolean customers = rules.stream().anyMatch(rule -> rule.rule().subject() == QualityRule.Subject.CUSTOMER
                && !r.of(rule.rule()).isEmpty());
        BackgroundTask.ofRunnable(() -> {
                    TableFiles.write(file, header, rows);
                    source.get().data().audit().reportExport(file, "data_quality_finding", rows.size(), customers);
                })
                .onSuccess(v -> notifier.info(i18n.get("governance.exported", rows.size(), file.getFileName())))
                .onFailure(e -> notifier.error(i18n.get("governance.exportFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    public ObservableList<RuleItem> rules() {
        return rules;
    }

    public ObservableList<FindingItem> findings() {
        return findings;
    }

    public ObjectProperty<RuleItem> selectedProperty() {
        return selected;
    }

    /// "Checked 26/11/2026, 11:00".
    public ReadOnlyStringProperty checkedAtProperty() {
        return checkedAt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Command refreshCommand() {
        return refresh;
    }

    /// When the shown check was made (null before the first).
    public Instant checkedAt() {
        return report == null ? null : report.at();
    }
}
