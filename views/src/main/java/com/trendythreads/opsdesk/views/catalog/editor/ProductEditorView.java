package com.trendythreads.opsdesk.views.catalog.editor;

import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.viewmodels.catalog.editor.AttributeItem;
import com.trendythreads.opsdesk.viewmodels.catalog.editor.ProductEditorViewModel;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.views.common.Choices;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import jakarta.inject.Inject;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/// The product editor: fields with their messages, attributes, the variant matrix, images, and on the
/// right publication/completeness, history and bought-together. Ctrl+Z / Ctrl+Y undo and redo the
/// editor's own steps (not one text field's), Ctrl+S saves. Open it through [#viewModel()].
public final class ProductEditorView implements Activatable {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final ProductEditorViewModel vm;
    private final I18n i18n;

    @FXML private BorderPane root;
    @FXML private Label heading;
    @FXML private Label dirtyLabel;
    @FXML private Label problems;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button saveButton;
    @FXML private HBox changedBanner;
    @FXML private VBox conflictHost;
    @FXML private GridPane fields;
    @FXML private GridPane attributeGrid;
    @FXML private VBox matrixHost;
    @FXML private VBox mediaHost;
    @FXML private VBox sideHost;

    @Inject
    public ProductEditorView(ProductEditorViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public ProductEditorViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(vm.headingProperty());
        dirtyLabel.visibleProperty().bind(vm.dirtyProperty());
        problems.textProperty().bind(vm.problemsProperty());
        saveButton.disableProperty().bind(vm.saveCommand().executableProperty().not());
        undoButton.disableProperty().bind(vm.undoCommand().executableProperty().not());
        redoButton.disableProperty().bind(vm.redoCommand().executableProperty().not());
        changedBanner.visibleProperty().bind(vm.sync().changedOnPlatformProperty());
        changedBanner.managedProperty().bind(changedBanner.visibleProperty());
        conflictHost.getChildren().add(new ConflictBanner(vm.sync(), i18n));
        buildFields();
        vm.attributes().addListener((ListChangeListener<AttributeItem>) c -> buildAttributes());
        buildAttributes();
        matrixHost.getChildren().add(new VariantMatrixPane(vm.matrix(), i18n));
        mediaHost.getChildren().add(new MediaStrip(vm, i18n));
        sideHost.getChildren().add(new EditorSidePanel(vm, i18n));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                vm.undoCommand().execute();
                e.consume();
            } else if (REDO.match(e)) {
                vm.redoCommand().execute();
                e.consume();
            } else if (SAVE.match(e)) {
                vm.saveCommand().execute();
                e.consume();
            }
        });
    }

    private void buildFields() {
        TextField title = text("title", vm.titleProperty());
        TextField brand = text("brand", vm.brandProperty());
        TextField season = text("season", vm.seasonProperty());
        ComboBox<Category> category = new ComboBox<>(vm.categories());
        category.setId("category");
        category.setMaxWidth(Double.MAX_VALUE);
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        category.setConverter(Choices.converter(c -> c.name()));
        ComboBox<ProductStatus> status = new ComboBox<>(FXCollections.observableArrayList(ProductStatus.values()));
        status.setId("status");
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.setConverter(Choices.converter(s -> i18n.get("editor.status." + s.name())));
        TextArea description = new TextArea();
        description.setId("description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        fields.addRow(0, label("title"), FieldDecorations.withMessage(title, vm.message("title")),
                label("brand"), FieldDecorations.withMessage(brand, vm.message("brand")));
        fields.addRow(1, label("categoryId"), FieldDecorations.withMessage(category, vm.message("categoryId")),
                label("season"), FieldDecorations.withMessage(season, vm.message("season")));
        fields.addRow(2, label("status"), status);
        fields.add(label("description"), 0, 3);
        fields.add(FieldDecorations.withMessage(description, vm.message("description")), 1, 3, 3, 1);
    }

    private void buildAttributes() {
        attributeGrid.getChildren().clear();
        int i = 0;
        for (AttributeItem a : vm.attributes()) {
            Node input;
            if (a.choice()) {
                ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(a.choices()));
                box.getItems().addFirst("");
                box.valueProperty().bindBidirectional(a.valueProperty());
                input = FieldDecorations.withMessage(box, a.messageProperty());
                box.setId("attr-" + a.code());
            } else {
                TextField field = new TextField();
                field.setId("attr-" + a.code());
                field.textProperty().bindBidirectional(a.valueProperty());
                input = FieldDecorations.withMessage(field, a.messageProperty());
            }
            attributeGrid.add(new Label(a.label()), (i % 2) * 2, i / 2);
            attributeGrid.add(input, (i % 2) * 2 + 1, i / 2);
            i++;
        }
    }

    private TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private Label label(String field) {
        Label l = new Label(i18n.get("editor.field." + field));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    @FXML
    private void save() {
        vm.saveCommand().execute();
    }

    @FXML
    private void undo() {
        vm.undoCommand().execute();
    }

    @FXML
    private void redo() {
        vm.redoCommand().execute();
    }

    @FXML
    private void reload() {
        vm.reload();
    }

    @Override
    public void activate() {
        vm.activate();
    }

    @Override
    public void deactivate() {
        vm.deactivate();
    }

}
