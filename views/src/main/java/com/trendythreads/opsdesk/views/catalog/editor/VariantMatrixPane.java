package com.trendythreads.opsdesk.views.catalog.editor;

import com.trendythreads.opsdesk.viewmodels.catalog.editor.VariantCell;
import com.trendythreads.opsdesk.viewmodels.catalog.editor.VariantField;
import com.trendythreads.opsdesk.viewmodels.catalog.editor.VariantMatrixViewModel;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.views.common.Choices;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/// The variant matrix: sizes down, colours across, one field of every cell at a time (price, compare-at,
/// cost, SKU or EAN), fill buttons per row and column, add and remove sizes and colours. Rebuilt when the
/// matrix's structure or the shown field changes; every cell is bound to its ViewModel property.
final class VariantMatrixPane extends VBox {

    private final VariantMatrixViewModel vm;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private StringProperty boundTo;

    VariantMatrixPane(VariantMatrixViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        setSpacing(8);
        ComboBox<VariantField> shown = new ComboBox<>(FXCollections.observableArrayList(VariantField.values()));
        shown.setId("shownField");
        shown.setConverter(Choices.converter(f -> i18n.get(f.labelKey())));
        shown.valueProperty().bindBidirectional(vm.shownFieldProperty());
        TextField style = new TextField();
        style.setId("styleCode");
        style.setPrefColumnCount(9);
        style.textProperty().bindBidirectional(vm.styleProperty());
        TextField fill = new TextField();
        fill.setId("fillValue");
        fill.setPrefColumnCount(8);
        fill.setPromptText(i18n.get("editor.variants.fillValue"));
        fill.textProperty().bindBidirectional(vm.fillValueProperty());
        TextField size = new TextField();
        size.setPromptText(i18n.get("editor.variants.sizePrompt"));
        size.setPrefColumnCount(5);
        Button addSize = new Button(i18n.get("editor.variants.addSize"));
        addSize.setOnAction(e -> {
            vm.addSize(size.getText());
            size.clear();
        });
        TextField colour = new TextField();
        colour.setPromptText(i18n.get("editor.variants.colourPrompt"));
        colour.setPrefColumnCount(7);
        Button addColour = new Button(i18n.get("editor.variants.addColour"));
        addColour.setOnAction(e -> {
            vm.addColour(colour.getText());
            colour.clear();
        });
        // Wraps rather than cutting labels and buttons to "…" when the editor is narrow.
        FlowPane tools = new FlowPane(8, 6, new Label(i18n.get("editor.variants.shown")), shown,
                new Label(i18n.get("editor.variants.style")), style, fill, size, addSize, colour, addColour);
        tools.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        tools.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.setHgap(6);
        grid.setVgap(4);
        grid.setPadding(new Insets(4, 0, 4, 0));
        getChildren().addAll(tools, grid);
        vm.structureProperty().subscribe(this::rebuild);
        vm.shownFieldProperty().subscribe(this::rebuild);
    }

    private void rebuild() {
        grid.getChildren().clear();
        VariantField field = vm.shownFieldProperty().get();
        int col = 1;
        for (String colour : vm.colours()) {
            Label name = new Label(colour);
            name.getStyleClass().add("text-bold");
            Button fillColumn = small(i18n.get("editor.variants.fillColumn"), () -> vm.fillColumn(colour));
            Button remove = small("×", () -> vm.removeColour(colour));
            grid.add(new VBox(2, name, new HBox(4, fillColumn, remove)), col++, 0);
        }
        int row = 1;
        for (String size : vm.sizes()) {
            Label name = new Label(size);
            name.getStyleClass().add("text-bold");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Button fillRow = small(i18n.get("editor.variants.fillRow"), () -> vm.fillRow(size));
            Button remove = small("×", () -> vm.removeSize(size));
            grid.add(new HBox(6, name, fillRow, remove), 0, row);
            col = 1;
            for (String colour : vm.colours()) {
                grid.add(cell(vm.cell(size, colour), field), col++, row);
            }
            row++;
        }
    }

    private VBox cell(VariantCell cell, VariantField field) {
        TextField text = new TextField();
        text.setId("cell-" + cell.size() + "-" + cell.colour());
        text.setPrefColumnCount(field.money() ? 6 : 12);
        text.textProperty().bindBidirectional(cell.property(field));
        text.disableProperty().bind(cell.activeProperty().not());
        HBox.setHgrow(text, Priority.ALWAYS);
        CheckBox active = new CheckBox();
        active.setTooltip(new javafx.scene.control.Tooltip(i18n.get("editor.variants.activate")));
        active.selectedProperty().bindBidirectional(cell.activeProperty());
        HBox line = new HBox(4, active, text);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        FieldDecorations.bind(text, cell.message(field));
        Label message = new Label();
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setMaxWidth(field.money() ? 150 : 220);
        message.managedProperty().bind(message.visibleProperty());
        cell.message(field).subscribe(m -> {
            message.setText(m == null ? "" : m.text());
            message.setVisible(m != null);
            message.getStyleClass().setAll("label", "field-message",
                    m != null && m.error() ? "field-message-error" : "field-message-warning");
        });
        return new VBox(2, line, message);
    }

    private static Button small(String text, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("small", "flat");
        b.setOnAction(e -> action.run());
        return b;
    }
}
