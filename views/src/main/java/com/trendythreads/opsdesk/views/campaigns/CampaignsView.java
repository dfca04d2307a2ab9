package com.trendythreads.opsdesk.views.campaigns;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.viewmodels.campaigns.CampaignRowItem;
import com.trendythreads.opsdesk.viewmodels.campaigns.CampaignsViewModel;
import com.trendythreads.opsdesk.viewmodels.campaigns.CampaignsViewModel.CalendarDay;
import com.trendythreads.opsdesk.viewmodels.campaigns.CampaignsWorkspaceViewModel;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.views.common.Choices;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import com.trendythreads.opsdesk.views.promo.PromoCodesView;
import com.trendythreads.opsdesk.views.segments.PersonalizationView;
import com.trendythreads.opsdesk.views.segments.SegmentsView;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/// The Campaigns workspace: a TabPane with Campaigns (list or month calendar on the left, the selected
/// campaign's editor and results on the right), Promo codes, Segments and Personalization. The workspace
/// ViewModel activates only the shown tab.
public final class CampaignsView implements Activatable {

    private final CampaignsWorkspaceViewModel workspace;
    private final CampaignsViewModel vm;
    private final I18n i18n;
    private final ViewLoader loader;

    @FXML private VBox root;
    @FXML private TabPane tabs;
    @FXML private TabPane modes;
    @FXML private Button newButton;
    @FXML private Tab calendarTab;
    @FXML private ComboBox<CampaignStatus> statusFilter;
    @FXML private TableView<CampaignRowItem> table;
    @FXML private Label monthTitle;
    @FXML private GridPane calendar;
    @FXML private TabPane detailTabs;
    @FXML private Tab resultsTab;
    @FXML private StackPane editorPane;
    @FXML private StackPane resultsPane;
    @FXML private Tab campaignsTab;
    @FXML private Tab promoCodesTab;
    @FXML private Tab segmentsTab;
    @FXML private Tab personalizationTab;
    @FXML private StackPane promoCodesSpot;
    @FXML private StackPane segmentsSpot;
    @FXML private StackPane personalizationSpot;

    @Inject
    public CampaignsView(CampaignsWorkspaceViewModel workspace, I18n i18n, ViewLoader loader) {
        this.workspace = workspace;
        this.vm = workspace.campaigns();
        this.i18n = i18n;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        editorPane.getChildren().setAll(CampaignEditorView.load(loader, new CampaignEditorView(vm.editor(), i18n)));
        newButton.setDisable(!vm.mayCreate());
        resultsPane.getChildren().setAll(CampaignResultsView.load(loader, new CampaignResultsView(vm.results(), i18n)));
        promoCodesSpot.getChildren().add(loader.load(PromoCodesView.class,
                new PromoCodesView(workspace.promoCodes(), loader, i18n)).root());
        segmentsSpot.getChildren().add(loader.load(SegmentsView.class,
                new SegmentsView(workspace.segments(), i18n)).root());
        personalizationSpot.getChildren().add(loader.load(PersonalizationView.class,
                new PersonalizationView(workspace.personalization())).root());
        if (!workspace.maySeeSegments()) {
            tabs.getTabs().remove(segmentsTab);
        }
        tabs.getSelectionModel().select(tab(workspace.tabProperty().get()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> workspace.tabProperty().set(
                t == promoCodesTab ? CampaignsWorkspaceViewModel.Tab.PROMO_CODES
                        : t == segmentsTab ? CampaignsWorkspaceViewModel.Tab.SEGMENTS
                        : t == personalizationTab ? CampaignsWorkspaceViewModel.Tab.PERSONALIZATION : CampaignsWorkspaceViewModel.Tab.CAMPAIGNS));
        workspace.tabProperty().addListener((o, a, t) -> tabs.getSelectionModel().select(tab(t)));
        List<CampaignStatus> statuses = new ArrayList<>();
        statuses.add(null);
        statuses.addAll(Arrays.asList(CampaignStatus.values()));
        Choices.bind(statusFilter, statuses, vm.statusFilterProperty(),
                s -> s == null ? i18n.get("campaigns.filter.allStatuses") : i18n.get("campaign.status." + s.name()));
        statusFilter.setConverter(Choices.converterWithNone(
                s -> s == null ? i18n.get("campaigns.filter.allStatuses") : i18n.get("campaign.status." + s.name())));
        column("campaigns.column.name", CampaignRowItem::name, 230);
        column("campaigns.column.channel", CampaignRowItem::channel, 70);
        column("campaigns.column.status", CampaignRowItem::status, 80);
        column("campaigns.column.starts", CampaignRowItem::starts, 90);
        column("campaigns.column.ends", CampaignRowItem::ends, 90);
        column("campaigns.column.budget", CampaignRowItem::budget, 80);
        column("campaigns.column.spend", CampaignRowItem::spend, 80);
        table.setItems(vm.rows());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.calendar().addListener((ListChangeListener<CalendarDay>) c -> drawCalendar());
        drawCalendar();
    }

    private Tab tab(CampaignsWorkspaceViewModel.Tab t) {
        return switch (t) {
            case CAMPAIGNS -> campaignsTab;
            case PROMO_CODES -> promoCodesTab;
            case SEGMENTS -> segmentsTab;
            case PERSONALIZATION -> personalizationTab;
        };
    }

    private void column(String key, Function<CampaignRowItem, String> value, double width) {
        TableColumn<CampaignRowItem, String> c = new TableColumn<>(i18n.get(key));
        TableColumns.value(c, value);
        c.setPrefWidth(width);
        table.getColumns().add(c);
    }

    private void drawCalendar() {
        monthTitle.setText(vm.monthTitle());
        calendar.getChildren().clear();
        calendar.getColumnConstraints().clear();
        for (int d = 0; d < 7; d++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / 7);
            calendar.getColumnConstraints().add(cc);
            Label head = new Label(DayOfWeek.of(d + 1).getDisplayName(TextStyle.SHORT, i18n.locale()));
            head.getStyleClass().add("text-muted");
            calendar.add(head, d, 0);
        }
        List<CalendarDay> days = vm.calendar();
        for (int i = 0; i < days.size(); i++) {
            CalendarDay day = days.get(i);
            VBox cell = new VBox(1);
            cell.getStyleClass().add("calendar-day");
            if (!day.inMonth()) {
                cell.getStyleClass().add("other-month");
            }
            cell.getChildren().add(new Label(Integer.toString(day.date().getDayOfMonth())));
            for (CampaignRowItem c : day.campaigns()) {
                Label l = new Label(c.name());
                l.getStyleClass().addAll("calendar-campaign", "status-" + c.statusValue().name().toLowerCase());
                l.setMaxWidth(Double.MAX_VALUE);
                l.setOnMouseClicked(e -> vm.selectedProperty().set(c));
                cell.getChildren().add(l);
            }
            GridPane.setVgrow(cell, Priority.ALWAYS);
            calendar.add(cell, i % 7, 1 + i / 7);
        }
    }

    @FXML
    private void newCampaign() {
        table.getSelectionModel().clearSelection();
        detailTabs.getSelectionModel().select(0);
        vm.newCampaign();
    }

    @FXML
    private void previousMonth() {
        vm.previousMonthCommand().execute();
    }

    @FXML
    private void nextMonth() {
        vm.nextMonthCommand().execute();
    }

    /// Shows the selected campaign's results.
    public void showResults() {
        detailTabs.getSelectionModel().select(resultsTab);
    }

    /// Shows the calendar (tests and the screenshot).
    public void showCalendar() {
        modes.getSelectionModel().select(calendarTab);
    }

    @Override
    public void activate() {
        workspace.activate();
    }

    @Override
    public void deactivate() {
        workspace.deactivate();
    }
}
