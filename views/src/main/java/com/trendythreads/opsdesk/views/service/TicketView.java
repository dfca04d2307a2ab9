package com.trendythreads.opsdesk.views.service;

import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.cache.crm.SlaState;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.service.MessageItem;
import com.trendythreads.opsdesk.viewmodels.service.ReplyViewModel;
import com.trendythreads.opsdesk.viewmodels.service.TicketViewModel;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import com.trendythreads.opsdesk.viewmodels.service.AgentChoice;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;

/// One ticket: header and fields, the conversation (bot transcript and internal notes set apart, queued
/// replies marked), the reply box with the macro picker and its live preview, and on the right the spot for
/// the customer's 360. Ctrl+Enter sends, Ctrl+Shift+Enter sends as an internal note. Embeddable: it needs only
/// its ViewModel.
public final class TicketView {

    private final TicketViewModel vm;
    private final ReplyViewModel reply;
    private final I18n i18n;

    @FXML private Label noTicket;
    @FXML private BorderPane ticketPane;
    @FXML private Label subject;
    @FXML private Label slaBadge;
    @FXML private Label header;
    @FXML private ComboBox<TicketStatus> status;
    @FXML private ComboBox<TicketPriority> priority;
    @FXML private ComboBox<AgentChoice> assignee;
    @FXML private TextField tags;
    @FXML private ListView<MessageItem> conversation;
    @FXML private ComboBox<Macro> macro;
    @FXML private Button applyMacro;
    @FXML private Label preview;
    @FXML private Label macroWarning;
    @FXML private TextArea replyText;
    @FXML private Label textWarning;
    @FXML private Label customerName;
    @FXML private Label orderNumber;
    @FXML private CheckBox internal;
    @FXML private Button send;
    @FXML private Button sendNote;

    public TicketView(TicketViewModel vm, I18n i18n) {
        this.vm = vm;
        this.reply = vm.reply();
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        ticketPane.visibleProperty().bind(vm.loadedProperty());
        noTicket.visibleProperty().bind(vm.loadedProperty().not());
        subject.textProperty().bind(vm.subjectProperty());
        header.textProperty().bind(vm.headerProperty());
        slaBadge.textProperty().bind(vm.slaProperty().map(s -> s == SlaState.NONE ? ""
                : i18n.get("service.sla." + s.name().toLowerCase(Locale.ROOT))));
        vm.slaProperty().addListener((o, a, s) -> sla(s));
        sla(vm.slaProperty().get());
        customerName.textProperty().bind(vm.customerNameProperty());
        orderNumber.textProperty().bind(vm.orderNumberProperty());

        status.setItems(vm.statusChoices());
        Combos.texts(status, vm::statusText);
        status.valueProperty().bindBidirectional(vm.statusProperty());
        priority.getItems().setAll(TicketPriority.values());
        Combos.texts(priority, vm::priorityText);
        priority.valueProperty().bindBidirectional(vm.priorityProperty());
        assignee.setItems(vm.agents());
        Combos.texts(assignee, a -> a == null ? "" : a.name());
        assignee.valueProperty().bindBidirectional(vm.assigneeProperty());
        tags.textProperty().bindBidirectional(vm.tagsProperty());
        tags.setOnAction(e -> vm.applyTags());
        for (var c : new javafx.scene.control.Control[] {status, priority, assignee, tags}) {
            c.disableProperty().bind(vm.editableProperty().not());
        }

        conversation.setItems(vm.conversation());
        conversation.setCellFactory(l -> new MessageCell());
        vm.conversation().addListener((javafx.collections.ListChangeListener<MessageItem>) c ->
                conversation.scrollTo(vm.conversation().size() - 1));

        macro.setItems(reply.macros());
        Combos.texts(macro, m -> m == null ? i18n.get("service.reply.macroPrompt") : m.name());
        macro.valueProperty().bindBidirectional(reply.macroProperty());
        applyMacro.disableProperty().bind(reply.applyCommand().executableProperty().not());
        preview.textProperty().bind(reply.previewProperty());
        preview.visibleProperty().bind(reply.previewProperty().isNotEmpty());
        preview.managedProperty().bind(preview.visibleProperty());
        macroWarning.textProperty().bind(reply.macroWarningProperty());
        macroWarning.visibleProperty().bind(reply.macroWarningProperty().isNotEmpty());
        macroWarning.managedProperty().bind(macroWarning.visibleProperty());
        textWarning.textProperty().bind(reply.textWarningProperty());
        textWarning.visibleProperty().bind(reply.textWarningProperty().isNotEmpty());
        textWarning.managedProperty().bind(textWarning.visibleProperty());
        replyText.textProperty().bindBidirectional(reply.textProperty());
        internal.selectedProperty().bindBidirectional(reply.internalProperty());
        send.disableProperty().bind(reply.sendCommand().executableProperty().not());
        sendNote.disableProperty().bind(reply.sendCommand().executableProperty().not());
        replyText.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                reply.send(e.isShiftDown() || reply.internalProperty().get());
                e.consume();
            }
        });
    }

    private void sla(SlaState s) {
        slaBadge.getStyleClass().removeAll("sla-breached", "sla-due-soon", "sla-ok");
        if (s == SlaState.BREACHED) {
            slaBadge.getStyleClass().add("sla-breached");
        } else if (s == SlaState.DUE_SOON) {
            slaBadge.getStyleClass().add("sla-due-soon");
        } else if (s == SlaState.OK) {
            slaBadge.getStyleClass().add("sla-ok");
        }
    }

    /// Enter in the inbox: the cursor goes to the reply box.
    void focusReply() {
        if (vm.loadedProperty().get()) {
            replyText.requestFocus();
        }
    }

    @FXML
    private void applyMacro() {
        reply.applyMacro();
        replyText.requestFocus();
        replyText.positionCaret(replyText.getLength());
    }

    @FXML
    private void send() {
        reply.send(reply.internalProperty().get());
    }

    @FXML
    private void sendNote() {
        reply.send(true);
    }

    /// A message as a bubble: who and when above, the text below; kind and "queued" as style classes.
    private static final class MessageCell extends ListCell<MessageItem> {

        private final Label meta = new Label();
        // a Text wraps at a given width and reports the height of all its lines (a wrapping Label in a list
        // cell is measured as one line)
        private final Text body = new Text();
        private final VBox box = new VBox(2, meta, body);

        MessageCell() {
            meta.getStyleClass().add("message-meta");
            body.getStyleClass().add("message-body");
            box.getStyleClass().add("message");
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }

        @Override
        protected void updateItem(MessageItem item, boolean empty) {
            super.updateItem(item, empty);
            box.getStyleClass().setAll("message");
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            box.getStyleClass().add("message-" + item.kind().name().toLowerCase(Locale.ROOT));
            if (item.transcript()) {
                box.getStyleClass().add("message-transcript");
            }
            if (item.queued()) {
                box.getStyleClass().add("message-queued");
            }
            meta.setText(item.meta());
            meta.setVisible(!item.meta().isEmpty());
            meta.setManaged(meta.isVisible());
            body.setText(item.body());
            body.wrappingWidthProperty().bind(getListView().widthProperty().subtract(48));
            setGraphic(box);
        }
    }
}
