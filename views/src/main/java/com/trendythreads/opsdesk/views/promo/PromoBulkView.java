package com.trendythreads.opsdesk.views.promo;

import com.trendythreads.opsdesk.viewmodels.promo.PromoBulkViewModel;
import com.trendythreads.opsdesk.viewmodels.promo.PromoCodesViewModel;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/// "Generate codes": a prefix, how many, and the terms they share.
final class PromoBulkView {

    private final PromoBulkViewModel vm;
    private final PromoCodesViewModel list;
    private final ViewLoader loader;

    @FXML private TextField prefix;
    @FXML private TextField count;
    @FXML private TextField randomLength;
    @FXML private StackPane termsSpot;
    @FXML private Button generate;

    PromoBulkView(PromoCodesViewModel list, ViewLoader loader) {
        this.vm = list.bulk();
        this.list = list;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        termsSpot.getChildren().add(loader.load(PromoTermsView.class,
                new PromoTermsView(vm.terms(), vm.messages(), list::typeText)).root());
        prefix.textProperty().bindBidirectional(vm.prefixProperty());
        count.textProperty().bindBidirectional(vm.countProperty());
        randomLength.textProperty().bindBidirectional(vm.randomLengthProperty());
        FieldDecorations.bind(prefix, Bindings.valueAt(vm.messages(), "prefix"));
        FieldDecorations.bind(count, Bindings.valueAt(vm.messages(), "count"));
        FieldDecorations.bind(randomLength, Bindings.valueAt(vm.messages(), "randomLength"));
        generate.disableProperty().bind(vm.generateCommand().executableProperty().not());
        generate.setOnAction(e -> vm.generateCommand().execute());
    }
}
