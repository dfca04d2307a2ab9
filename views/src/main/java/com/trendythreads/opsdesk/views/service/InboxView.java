package com.trendythreads.opsdesk.views.service;

import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.cache.crm.SlaState;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.service.InboxViewModel;
import com.trendythreads.opsdesk.viewmodels.service.InboxViewModel.Queue;
import com.trendythreads.opsdesk.viewmodels.service.ServiceViewModel;
import com.trendythreads.opsdesk.viewmodels.service.TicketItem;
import com.trendythreads.opsdesk.views.common.TableColumns;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/// The ticket queues: Mine, Unassigned, Team, Breached / at risk, filtered and most urgent first; breached
/// rows are red, due-soon rows amber. J/K or the arrows move (the ticket shows beside), Enter opens it for a
/// reply.
public final class InboxView {

    private final InboxViewModel vm;
    private final ServiceViewModel service;
    private final I18n i18n;
    private final Runnable openReply;
    private final ToggleGroup queueGroup = new ToggleGroup();

    @FXML private ToggleButton queueMine;
    @FXML private ToggleButton queueUnassigned;
    @FXML private ToggleButton queueTeam;
    @FXML private ToggleButton queueAtRisk;
    @FXML private ComboBox<TicketStatus> statusFilter;
    @FXML private ComboBox<TicketPriority> priorityFilter;
    @FXML private ComboBox<TicketChannel> channelFilter;
    @FXML private TableView<TicketItem> tickets;
    @FXML private TableColumn<TicketItem, TicketItem> slaColumn;
    @FXML private TableColumn<TicketItem, String> idColumn;
    @FXML private TableColumn<TicketItem, TicketItem> subjectColumn;
    @FXML private TableColumn<TicketItem, String> priorityColumn;

    InboxView(InboxViewModel vm, ServiceViewModel service, I18n i18n, Runnable openReply) {
        this.vm = vm;
        this.service = service;
        this.i18n = i18n;
        this.openReply = openReply;
    }

    @FXML
    private void initialize() {
        Map<Queue, ToggleButton> buttons = Map.of(Queue.MINE, queueMine, Queue.UNASSIGNED, queueUnassigned,
                Queue.TEAM, queueTeam, Queue.AT_RISK, queueAtRisk);
        buttons.forEach((q, b) -> {
            b.setToggleGroup(queueGroup);
            b.setUserData(q);
            b.setId("queue" + q.name());
        });
        buttons.get(vm.queueProperty().get()).setSelected(true);
        queueGroup.selectedToggleProperty().addListener((o, a, t) -> {
            if (t == null) {
                a.setSelected(true); // one queue is always chosen
            } else {
                vm.queueProperty().set((Queue) t.getUserData());
            }
        });
        vm.queueProperty().addListener((o, a, q) -> buttons.get(q).setSelected(true));
        vm.countsProperty().addListener((o, a, c) -> buttons.forEach((q, b) -> b.setText(vm.queueTitle(q))));
        buttons.forEach((q, b) -> b.setText(vm.queueTitle(q)));

        filter(statusFilter, TicketStatus.values(), vm::statusText);
        statusFilter.valueProperty().bindBidirectional(vm.statusProperty());
        filter(priorityFilter, TicketPriority.values(), vm::priorityText);
        priorityFilter.valueProperty().bindBidirectional(vm.priorityProperty());
        filter(channelFilter, TicketChannel.values(), vm::channelText);
        channelFilter.valueProperty().bindBidirectional(vm.channelProperty());

        tickets.setItems(vm.items());
        tickets.setPlaceholder(new Label(i18n.get("service.inbox.empty")));
        slaColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        slaColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TicketItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.dueText().isEmpty() ? item.slaText() : item.dueText());
            }
        });
        TableColumns.value(idColumn, TicketItem::id);
        // beside an open ticket and the customer's 360 the inbox is narrow: the subject matters more than the id
        // (which the ticket's header shows)
        idColumn.visibleProperty().bind(tickets.widthProperty().greaterThan(440));
        subjectColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        subjectColumn.setCellFactory(c -> new SubjectCell());
        TableColumns.value(priorityColumn, TicketItem::priorityText);
        tickets.setRowFactory(t -> {
            TableRow<TicketItem> row = new TableRow<>() {
                @Override
                protected void updateItem(TicketItem item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll("sla-breached", "sla-due-soon");
                    if (!empty && item != null && item.sla() == SlaState.BREACHED) {
                        getStyleClass().add("sla-breached");
                    } else if (!empty && item != null && item.sla() == SlaState.DUE_SOON) {
                        getStyleClass().add("sla-due-soon");
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openReply.run();
                }
            });
            return row;
        });
        tickets.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> service.open(item));
        // a reload replaces the rows: keep the open ticket's row selected so J/K go on from there
        vm.items().addListener((javafx.collections.ListChangeListener<TicketItem>) c -> {
            String shown = service.ticket().ticketIdProperty().get();
            for (int i = 0; i < vm.items().size(); i++) {
                if (vm.items().get(i).id().equals(shown)) {
                    tickets.getSelectionModel().clearAndSelect(i);
                    return;
                }
            }
        });
        tickets.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private void keys(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        if (e.getCode() == KeyCode.J || e.getCode() == KeyCode.K) {
            int i = tickets.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.J ? 1 : -1);
            if (i >= 0 && i < tickets.getItems().size()) {
                tickets.getSelectionModel().clearAndSelect(i);
                tickets.scrollTo(i);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && tickets.getSelectionModel().getSelectedItem() != null) {
            openReply.run();
            e.consume();
        }
    }

    private static <T> void filter(ComboBox<T> box, T[] values, Function<T, String> text) {
        List<T> items = new ArrayList<>();
        items.add(null); // "any" / "open"
        items.addAll(Arrays.asList(values));
        box.getItems().setAll(items);
        Combos.texts(box, text);
    }

    /// Subject over "customer · assignee · status"; marked while a reply or change written here waits in the
    /// outbox.
    private static final class SubjectCell extends TableCell<TicketItem, TicketItem> {

        private final Label subject = new Label();
        private final Label who = new Label();
        private final javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(1, subject, who);

        SubjectCell() {
            subject.getStyleClass().add("inbox-subject");
            who.getStyleClass().addAll("inbox-who", "text-muted", "text-small");
        }

        @Override
        protected void updateItem(TicketItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            subject.setText((item.queued() ? "⏳ " : "") + item.subject());
            who.setText(item.customerName() + " · " + item.assigneeName() + " · " + item.statusText());
            setGraphic(box);
        }
    }
}
