package com.trendythreads.opsdesk.views.promo;

import com.trendythreads.opsdesk.viewmodels.promo.PromoCodeEditorViewModel;
import com.trendythreads.opsdesk.viewmodels.promo.PromoCodesViewModel;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/// One promo code: a new one, or the terms of an existing one that may still change.
final class PromoCodeEditorView {

    private final PromoCodeEditorViewModel vm;
    private final PromoCodesViewModel list;
    private final ViewLoader loader;

    @FXML private TextField code;
    @FXML private StackPane termsSpot;
    @FXML private TextField categoryIds;
    @FXML private TextField productIds;
    @FXML private TextField campaignId;
    @FXML private Label hint;
    @FXML private Label problems;
    @FXML private Button save;

    PromoCodeEditorView(PromoCodesViewModel list, ViewLoader loader) {
        this.vm = list.editor();
        this.list = list;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        PromoTermsView terms = new PromoTermsView(vm.terms(), vm.messages(), list::typeText);
        termsSpot.getChildren().add(loader.load(PromoTermsView.class, terms).root());
        BooleanBinding existing = vm.editingProperty().isNotNull();
        terms.lockCreationTerms(existing);
        code.textProperty().bindBidirectional(vm.codeProperty());
        code.disableProperty().bind(existing);
        categoryIds.textProperty().bindBidirectional(vm.categoryIdsProperty());
        productIds.textProperty().bindBidirectional(vm.productIdsProperty());
        categoryIds.disableProperty().bind(existing);
        productIds.disableProperty().bind(existing);
        campaignId.textProperty().bindBidirectional(vm.campaignIdProperty());
        FieldDecorations.bind(code, Bindings.valueAt(vm.messages(), "code"));
        problems.textProperty().bind(vm.problemsProperty());
        problems.visibleProperty().bind(vm.problemsProperty().isNotEmpty());
        problems.managedProperty().bind(problems.visibleProperty());
        hint.visibleProperty().bind(existing);
        hint.managedProperty().bind(existing);
        save.disableProperty().bind(vm.saveCommand().executableProperty().not());
        save.setOnAction(e -> vm.saveCommand().execute());
    }

    @FXML
    private void newCode() {
        vm.newCode();
    }
}
