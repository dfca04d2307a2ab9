package com.trendythreads.opsdesk.views.picking;

import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickShort;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.picking.PickLineItem;
import com.trendythreads.opsdesk.viewmodels.picking.PickScreenViewModel;
import com.trendythreads.opsdesk.viewmodels.picking.PickingViewModel;
import com.trendythreads.opsdesk.viewmodels.picking.ScanOutcome;
import com.trendythreads.opsdesk.views.common.Choices;
import java.nio.file.Path;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/// The pick screen: the line to pick now in large type, the barcode field that always has the focus (a USB
/// scanner types the EAN and Enter), a green or red flash per scan, and the lines in walking order.
public final class PickScreenView {

    private final PickScreenViewModel vm;
    private final PickingViewModel workspace;
    private final I18n i18n;

    @FXML private VBox root;
    @FXML private Label listTitle;
    @FXML private Label progressLabel;
    @FXML private Button packButton;
    @FXML private VBox currentCard;
    @FXML private Label currentBin;
    @FXML private Label currentQty;
    @FXML private Label currentTitle;
    @FXML private Label currentDetail;
    @FXML private TextField barcode;
    @FXML private TextField quantity;
    @FXML private HBox warningBanner;
    @FXML private Label warningText;
    @FXML private Label scanMessage;
    @FXML private ListView<PickLineItem> lineList;
    @FXML private ComboBox<PickShort.Reason> shortReason;
    @FXML private Button shortButton;

    public PickScreenView(PickScreenViewModel vm, PickingViewModel workspace, I18n i18n) {
        this.vm = vm;
        this.workspace = workspace;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        listTitle.textProperty().bind(vm.listProperty().map(l -> i18n.get("picking.listTitle", l.id(), l.wave())));
        progressLabel.textProperty().bind(vm.progressProperty());
        packButton.disableProperty().bind(vm.listProperty().map(l -> l.status() == PickListStatus.OPEN
                || l.status() == PickListStatus.IN_PROGRESS).orElse(true));
        currentBin.textProperty().bind(vm.currentProperty().map(PickLineItem::bin).orElse(i18n.get("picking.allDone")));
        currentQty.textProperty().bind(vm.currentProperty().map(l -> i18n.get("picking.pickQty", l.remaining(), l.quantity())).orElse(""));
        currentTitle.textProperty().bind(vm.currentProperty().map(PickLineItem::title).orElse(""));
        currentDetail.textProperty().bind(vm.currentProperty().map(l -> l.variant() + "  ·  " + l.sku() + "  ·  EAN " + l.ean()).orElse(""));
        barcode.textProperty().bindBidirectional(vm.scanTextProperty());
        quantity.textProperty().bindBidirectional(vm.quantityTextProperty());
        quantity.setOnAction(e -> barcode.requestFocus());
        warningText.textProperty().bind(vm.warningProperty());
        warningText.setMinHeight(Region.USE_PREF_SIZE);
        warningBanner.visibleProperty().bind(vm.warningProperty().isNotEmpty());
        warningBanner.managedProperty().bind(warningBanner.visibleProperty());
        scanMessage.textProperty().bind(vm.messageProperty());
        scanMessage.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        scanMessage.managedProperty().bind(scanMessage.visibleProperty());
        shortReason.getItems().setAll(PickShort.Reason.values());
        shortReason.setConverter(Choices.converter(r -> i18n.get("picking.reason." + r.name().toLowerCase(Locale.ROOT))));
        shortReason.valueProperty().bindBidirectional(vm.shortReasonProperty());
        shortReason.setOnHidden(e -> focusBarcode());
        shortButton.disableProperty().bind(vm.currentProperty().isNull());

        lineList.setItems(vm.lines());
        lineList.setCellFactory(l -> new LineCell());
        lineList.setOnMouseClicked(e -> vm.select(lineList.getSelectionModel().getSelectedItem()));
        vm.currentProperty().addListener((o, a, c) -> {
            lineList.getSelectionModel().select(c);
            if (c != null) {
                lineList.scrollTo(Math.max(0, lineList.getItems().indexOf(c) - 2));
            }
        });
        vm.scansProperty().addListener((o, a, b) -> feedback(vm.outcomeProperty().get()));
        // The scanner types wherever the focus is: after any click it goes back to the barcode field.
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (!(inside(e.getTarget(), quantity) || inside(e.getTarget(), shortReason))) {
                Platform.runLater(this::focusBarcode);
            }
        });
    }

    void focusBarcode() {
        Platform.runLater(barcode::requestFocus);
    }

    private static boolean inside(Object target, Node node) {
        for (Node n = target instanceof Node t ? t : null; n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }

    private void feedback(ScanOutcome outcome) {
        if (outcome == null) {
            return;
        }
        String style = outcome.good() ? "flash-ok" : "flash-bad";
        currentCard.getStyleClass().removeAll("flash-ok", "flash-bad");
        currentCard.getStyleClass().add(style);
        PauseTransition off = new PauseTransition(Duration.millis(outcome.good() ? 600 : 1200));
        off.setOnFinished(e -> currentCard.getStyleClass().remove(style));
        off.play();
        if (workspace.soundProperty().get()) {
            ScanSounds.play(outcome.good());
        }
        focusBarcode();
    }

    @FXML
    private void scan() {
        vm.scan();
    }

    @FXML
    private void dismiss() {
        vm.dismissWarning();
    }

    @FXML
    private void shortPick() {
        vm.shortPick();
    }

    @FXML
    private void back() {
        workspace.backToLists();
    }

    @FXML
    private void toPacking() {
        workspace.toPacking();
    }

    @FXML
    private void printPickList() {
        if (vm.listProperty().get() != null) {
            Path file = PdfFiles.choose(root, i18n, "pick-list-" + vm.listProperty().get().id() + ".pdf");
            if (file != null) {
                workspace.pack().printPickList(vm.listProperty().get().id(), file);
            }
        }
    }

    /// One line: bin, item, quantity, status, and where its confirmation stands with the platform.
    private final class LineCell extends ListCell<PickLineItem> {
        @Override
        protected void updateItem(PickLineItem l, boolean empty) {
            super.updateItem(l, empty);
            getStyleClass().removeAll("line-picked", "line-short", "line-conflict", "line-open");
            if (empty || l == null) {
                setGraphic(null);
                return;
            }
            Label bin = new Label(l.bin());
            bin.getStyleClass().add("line-bin");
            bin.setMinWidth(110);
            Label title = new Label(l.title());
            title.getStyleClass().add("line-title");
            Label variant = new Label(l.variant() + "  ·  " + l.sku() + "  ·  " + l.ean());
            variant.getStyleClass().add("line-variant");
            Label qty = new Label("× " + l.quantity());
            qty.getStyleClass().add("line-qty");
            qty.setMinWidth(60);
            Label status = new Label(l.statusText());
            status.setMinWidth(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, title, variant);
            if (!l.syncNote().isEmpty()) {
                Label note = new Label(l.syncNote());
                note.setWrapText(true);
                note.setMinHeight(Region.USE_PREF_SIZE);
                note.getStyleClass().add(l.takenByOther() ? "line-note-conflict" : "line-note");
                text.getChildren().add(note);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox box = new HBox(12, bin, text, qty, status);
            if (l.takenByOther()) {
                Button ok = new Button(i18n.get("picking.acceptTheirs"));
                ok.setOnAction(e -> vm.acceptTheirs(l));
                box.getChildren().add(ok);
            }
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.maxWidthProperty().bind(lineList.widthProperty().subtract(32));
            box.setMinWidth(0);
            setPrefWidth(0);
            setGraphic(box);
            getStyleClass().add(l.takenByOther() ? "line-conflict" : l.status() == PickLine.Status.PICKED ? "line-picked"
                    : l.status() == PickLine.Status.SHORT ? "line-short" : "line-open");
        }
    }
}
