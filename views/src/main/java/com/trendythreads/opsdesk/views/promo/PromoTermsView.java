package com.trendythreads.opsdesk.views.promo;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.viewmodels.common.FieldMessage;
import com.trendythreads.opsdesk.viewmodels.promo.PromoTerms;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableMap;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;

/// The terms a code and a batch share (type, value, validity, limits, minimum order), each field with its
/// message from the ViewModel.
final class PromoTermsView {

    private final PromoTerms terms;
    private final ObservableMap<String, FieldMessage> messages;
    private final Function<PromoType, String> typeText;

    @FXML private ComboBox<PromoType> type;
    @FXML private TextField value;
    @FXML private DatePicker validFrom;
    @FXML private DatePicker validUntil;
    @FXML private TextField usageLimitTotal;
    @FXML private TextField usageLimitPerCustomer;
    @FXML private TextField minOrder;

    PromoTermsView(PromoTerms terms, ObservableMap<String, FieldMessage> messages, Function<PromoType, String> typeText) {
        this.terms = terms;
        this.messages = messages;
        this.typeText = typeText;
    }

    @FXML
    private void initialize() {
        type.getItems().setAll(PromoType.values());
        type.setCellFactory(lv -> cell());
        type.setButtonCell(cell());
        type.valueProperty().bindBidirectional(terms.typeProperty());
        value.textProperty().bindBidirectional(terms.valueProperty());
        value.disableProperty().bind(terms.typeProperty().isEqualTo(PromoType.FREE_SHIPPING));
        validFrom.valueProperty().bindBidirectional(terms.validFromProperty());
        validUntil.valueProperty().bindBidirectional(terms.validUntilProperty());
        usageLimitTotal.textProperty().bindBidirectional(terms.usageLimitTotalProperty());
        usageLimitPerCustomer.textProperty().bindBidirectional(terms.usageLimitPerCustomerProperty());
        minOrder.textProperty().bindBidirectional(terms.minOrderProperty());
        decorate(type, "type");
        decorate(value, "value");
        decorate(validFrom, "validFrom");
        decorate(validUntil, "validUntil");
        decorate(usageLimitTotal, "usageLimitTotal");
        decorate(usageLimitPerCustomer, "usageLimitPerCustomer");
        decorate(minOrder, "minOrderCents");
    }

    /// Type, value and start are fixed once a code exists.
    void lockCreationTerms(javafx.beans.value.ObservableBooleanValue locked) {
        type.disableProperty().bind(locked);
        value.disableProperty().bind(Bindings.createBooleanBinding(() -> locked.get()
                || terms.typeProperty().get() == PromoType.FREE_SHIPPING, locked, terms.typeProperty()));
        validFrom.disableProperty().bind(locked);
    }

    private void decorate(Control field, String name) {
        FieldDecorations.bind(field, Bindings.valueAt(messages, name));
    }

    private ListCell<PromoType> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PromoType item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : typeText.apply(item));
            }
        };
    }
}
