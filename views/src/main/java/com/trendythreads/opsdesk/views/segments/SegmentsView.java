package com.trendythreads.opsdesk.views.segments;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.segments.SegmentBuilderViewModel;
import com.trendythreads.opsdesk.viewmodels.segments.SegmentBuilderViewModel.BoundaryRow;
import com.trendythreads.opsdesk.viewmodels.segments.SegmentBuilderViewModel.CategoryItem;
import com.trendythreads.opsdesk.viewmodels.segments.SegmentBuilderViewModel.CategoryRow;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import com.trendythreads.opsdesk.views.common.TableColumns;
import java.util.Arrays;
import javafx.beans.property.IntegerProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

/// The segment builder: rule conditions on the left; size, reachable count, the rule, the RFM quintile
/// boundaries and the segment's top categories on the right, and the push as a campaign audience. Mounted by
/// the Campaigns workspace, which activates its ViewModel while the Segments tab is shown.
public final class SegmentsView {

    private final SegmentBuilderViewModel vm;
    private final I18n i18n;

    @FXML private SplitPane root;
    @FXML private FlowPane tierBoxes;
    @FXML private ComboBox<CampaignChannel> consentBox;
    @FXML private ComboBox<CategoryItem> categoryBox;
    @FXML private TextField withinDays;
    @FXML private Label withinDaysError;
    @FXML private Spinner<Integer> minR;
    @FXML private Spinner<Integer> minF;
    @FXML private Spinner<Integer> minM;
    @FXML private ComboBox<CampaignChannel> channelBox;
    @FXML private Label summary;
    @FXML private ProgressIndicator busy;
    @FXML private Label ruleText;
    @FXML private TableView<BoundaryRow> boundaryTable;
    @FXML private TableColumn<BoundaryRow, String> measureCol;
    @FXML private TableColumn<BoundaryRow, String> q1Col;
    @FXML private TableColumn<BoundaryRow, String> q2Col;
    @FXML private TableColumn<BoundaryRow, String> q3Col;
    @FXML private TableColumn<BoundaryRow, String> q4Col;
    @FXML private TableView<CategoryRow> categoryTable;
    @FXML private TableColumn<CategoryRow, String> categoryCol;
    @FXML private TableColumn<CategoryRow, Long> unitsCol;
    @FXML private TextField name;
    @FXML private TextField description;
    @FXML private Button pushButton;

    public SegmentsView(SegmentBuilderViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        for (LoyaltyTier t : LoyaltyTier.values()) {
            CheckBox box = new CheckBox(i18n.get("segments.tier." + t.name()));
            box.setId("tier" + t.name());
            box.selectedProperty().bindBidirectional(vm.tierProperty(t));
            tierBoxes.getChildren().add(box);
        }
        consentBox.getItems().add(null);
        consentBox.getItems().addAll(CampaignChannel.values());
        consentBox.setConverter(channels(i18n.get("segments.consent.any")));
        consentBox.valueProperty().bindBidirectional(vm.consentProperty());
        categoryBox.setItems(vm.categories());
        categoryBox.valueProperty().bindBidirectional(vm.categoryProperty());
        withinDays.textProperty().bindBidirectional(vm.withinDaysProperty());
        FieldDecorations.bind(withinDays, vm.withinDaysErrorProperty(), withinDaysError);
        score(minR, vm.minRecencyProperty());
        score(minF, vm.minFrequencyProperty());
        score(minM, vm.minMonetaryProperty());
        channelBox.setItems(FXCollections.observableArrayList(Arrays.asList(CampaignChannel.values())));
        channelBox.setConverter(channels(""));
        channelBox.valueProperty().bindBidirectional(vm.channelProperty());
        summary.textProperty().bind(vm.summaryProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        ruleText.textProperty().bind(vm.ruleTextProperty());
        boundaryTable.setItems(vm.boundaries());
        TableColumns.value(measureCol, BoundaryRow::measure);
        TableColumns.value(q1Col, BoundaryRow::b1);
        TableColumns.value(q2Col, BoundaryRow::b2);
        TableColumns.value(q3Col, BoundaryRow::b3);
        TableColumns.value(q4Col, BoundaryRow::b4);
        categoryTable.setItems(vm.topCategories());
        TableColumns.value(categoryCol, CategoryRow::name);
        TableColumns.value(unitsCol, CategoryRow::units);
        name.textProperty().bindBidirectional(vm.nameProperty());
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        pushButton.disableProperty().bind(vm.pushCommand().executableProperty().not());
    }

    private StringConverter<CampaignChannel> channels(String none) {
        return new StringConverter<>() {
            @Override
            public String toString(CampaignChannel c) {
                return c == null ? none : i18n.get("segments.channel." + c.name());
            }

            @Override
            public CampaignChannel fromString(String s) {
                return null;
            }
        };
    }

    private static void score(Spinner<Integer> spinner, IntegerProperty value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 5,
                value.get());
        spinner.setValueFactory(f);
        f.valueProperty().addListener((o, a, b) -> value.set(b == null ? 0 : b));
        value.addListener((o, a, b) -> f.setValue(b.intValue()));
    }

    @FXML
    private void push() {
        vm.pushCommand().execute();
    }
}
