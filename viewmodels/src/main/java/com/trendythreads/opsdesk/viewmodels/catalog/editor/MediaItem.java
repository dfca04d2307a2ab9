package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.trendythreads.opsdesk.api.dto.catalog.Media;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/// One image of the product: its bytes once loaded from the local store (the View makes the thumbnail),
/// whether it is the main image, and whether it still waits to be uploaded.
public final class MediaItem {

    private final Media media;
    private final ReadOnlyObjectWrapper<byte[]> content = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper main = new ReadOnlyBooleanWrapper();

    MediaItem(Media media) {
        this.media = media;
    }

    public String id() {
        return media.id();
    }

    public String fileName() {
        return media.fileName();
    }

    Media media() {
        return media;
    }

    /// Added on this desk and not on the platform yet.
    public boolean pending() {
        return media.id().startsWith(LocalEdits.LOCAL_MEDIA_PREFIX);
    }

    public ReadOnlyObjectProperty<byte[]> contentProperty() {
        return content.getReadOnlyProperty();
    }

    void content(byte[] bytes) {
        content.set(bytes);
    }

    public ReadOnlyBooleanProperty mainProperty() {
        return main.getReadOnlyProperty();
    }

    void main(boolean isMain) {
        main.set(isMain);
    }
}
