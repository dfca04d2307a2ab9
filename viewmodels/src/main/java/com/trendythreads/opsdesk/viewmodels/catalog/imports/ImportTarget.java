package com.trendythreads.opsdesk.viewmodels.catalog.imports;

import com.trendythreads.opsdesk.cache.catalog.ProductFields;

/// Where one file column goes: a product field, or an attribute (with its code).
public record ImportTarget(ImportField field, String attributeCode, String label) {

    /// The field path this column sets for the row of `sku`.
    public String path(String sku) {
        if (field == ImportField.ATTRIBUTE) {
            return ProductFields.attribute(attributeCode);
        }
        return field.variantField() ? ProductFields.variant(sku, field.fieldName()) : field.fieldName();
    }

    @Override
    public String toString() {
        return label;
    }
}
