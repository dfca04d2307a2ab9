package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.trendythreads.opsdesk.viewmodels.common.FieldMessage;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/// One attribute of the product's category: a choice (ENUM) or free text (TEXT), labelled as the
/// category defines it, with the rule message beside it.
public final class AttributeItem {

    private final CategoryAttribute definition;
    private final StringProperty value = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<FieldMessage> message = new ReadOnlyObjectWrapper<>();

    AttributeItem(CategoryAttribute definition, String value) {
        this.definition = definition;
        this.value.set(value == null ? "" : value);
    }

    public String code() {
        return definition.code();
    }

    public String label() {
        return definition.label() == null || definition.label().isBlank() ? definition.code() : definition.label();
    }

    /// A choice among [#choices] rather than free text.
    public boolean choice() {
        return definition.type() == CategoryAttribute.Type.ENUM;
    }

    public List<String> choices() {
        return definition.values() == null ? List.of() : definition.values();
    }

    /// The field path of rule messages about it.
    public String path() {
        return "attributes." + definition.code();
    }

    public StringProperty valueProperty() {
        return value;
    }

    public ReadOnlyObjectProperty<FieldMessage> messageProperty() {
        return message.getReadOnlyProperty();
    }

    void setMessage(FieldMessage m) {
        message.set(m);
    }
}
