package com.trendythreads.opsdesk.views.campaigns;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.viewmodels.campaigns.CampaignEditorViewModel;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.views.common.Choices;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/// The campaign form: fields bound to [CampaignEditorViewModel], each error decorated on its field, the
/// rendered preview under the form.
public final class CampaignEditorView {

    private final CampaignEditorViewModel vm;
    private final I18n i18n;

    @FXML private VBox root;
    @FXML private TextField name;
    @FXML private ComboBox<CampaignChannel> channel;
    @FXML private DatePicker start;
    @FXML private DatePicker end;
    @FXML private TextField budget;
    @FXML private ComboBox<Segment> segment;
    @FXML private TextField codes;
    @FXML private TextField subject;
    @FXML private TextArea body;
    @FXML private ComboBox<LocalTime> sendTime;
    @FXML private Button saveButton;
    @FXML private Button scheduleButton;
    @FXML private Label previewSubject;
    @FXML private Label previewBody;
    @FXML private Label previewNone;

    public CampaignEditorView(CampaignEditorViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public static Node load(ViewLoader loader, CampaignEditorView view) {
        return loader.load(CampaignEditorView.class, view).root();
    }

    @FXML
    private void initialize() {
        name.textProperty().bindBidirectional(vm.nameProperty());
        Choices.bind(channel, Arrays.asList(CampaignChannel.values()), vm.channelProperty(),
                c -> c == null ? "" : i18n.get("campaign.channel." + c.name()));
        start.valueProperty().bindBidirectional(vm.startDateProperty());
        end.valueProperty().bindBidirectional(vm.endDateProperty());
        budget.textProperty().bindBidirectional(vm.budgetProperty());
        segment.setItems(vm.segments());
        segment.valueProperty().bindBidirectional(vm.segmentProperty());
        segment.setConverter(Choices.converter(s -> s == null ? "" : s.name() + " (" + s.customerCount() + ")"));
        codes.textProperty().bindBidirectional(vm.promoCodesProperty());
        subject.textProperty().bindBidirectional(vm.subjectProperty());
        body.textProperty().bindBidirectional(vm.bodyProperty());
        List<LocalTime> times = new ArrayList<>();
        for (int h = 6; h <= 21; h++) {
            times.add(LocalTime.of(h, 0));
        }
        sendTime.getItems().setAll(times);
        sendTime.valueProperty().bindBidirectional(vm.sendTimeProperty());
        decorate(name, "name");
        decorate(channel, "channel");
        decorate(end, "endsAt");
        decorate(budget, "budgetCents");
        decorate(segment, "segmentId");
        decorate(subject, "subject");
        decorate(body, "body");
        decorate(sendTime, "sendAt");
        saveButton.disableProperty().bind(vm.busyProperty().or(vm.validProperty().not()).or(vm.maySaveProperty().not()));
        scheduleButton.disableProperty().bind(vm.busyProperty().or(vm.mayScheduleProperty().not()));
        previewSubject.textProperty().bind(vm.previewSubjectProperty());
        previewBody.textProperty().bind(vm.previewBodyProperty());
        previewSubject.visibleProperty().bind(vm.previewShownProperty());
        previewBody.visibleProperty().bind(vm.previewShownProperty());
        previewNone.visibleProperty().bind(vm.previewShownProperty().not());
        previewNone.managedProperty().bind(previewNone.visibleProperty());
    }

    private void decorate(Control field, String key) {
        ObservableStringValue error = Bindings.createStringBinding(() -> vm.errors().getOrDefault(key, ""), vm.errors());
        FieldDecorations.bind(field, error);
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void schedule() {
        vm.schedule();
    }

    public VBox root() {
        return root;
    }
}
