package com.trendythreads.opsdesk.viewmodels.catalog;

import com.trendythreads.opsdesk.cache.catalog.ProductSummary;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/// One row of the product list. A row lives as long as its product is in the index: a live change
/// replaces its summary in place, so the table redraws the row and keeps it selected.
public final class ProductRowViewModel {

    private final String id;
    private final ReadOnlyObjectWrapper<ProductSummary> summary;
    private final ReadOnlyObjectWrapper<byte[]> thumbnail = new ReadOnlyObjectWrapper<>();
    private String thumbnailFor;

    ProductRowViewModel(ProductSummary summary) {
        this.id = summary.id();
        this.summary = new ReadOnlyObjectWrapper<>(summary);
    }

    public String id() {
        return id;
    }

    public ProductSummary summary() {
        return summary.get();
    }

    public ReadOnlyObjectProperty<ProductSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /// The image bytes of the main image once loaded; `null` while loading or when there is none
    /// (the View shows a placeholder).
    public ReadOnlyObjectProperty<byte[]> thumbnailProperty() {
        return thumbnail.getReadOnlyProperty();
    }

    void update(ProductSummary s) {
        summary.set(s);
    }

    /// Whether the thumbnail of the current main image still has to be asked for.
    boolean needsThumbnail() {
        String main = summary.get().mainMediaId();
        return main != null && !Objects.equals(main, thumbnailFor);
    }

    void thumbnailRequested() {
        thumbnailFor = summary.get().mainMediaId();
    }

    void thumbnail(byte[] bytes) {
        thumbnail.set(bytes);
    }
}
