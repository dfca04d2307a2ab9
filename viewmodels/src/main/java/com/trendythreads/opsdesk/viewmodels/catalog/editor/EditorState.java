package com.trendythreads.opsdesk.viewmodels.catalog.editor;

import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import java.util.Map;
import java.util.Set;

/// Everything the user can change in the editor, as values: an undo step, and the saved state that
/// tells whether the form is dirty.
record EditorState(String title, String brand, String description, String categoryId, String season,
        ProductStatus status, Map<String, String> attributes, Set<Channel> channels,
        VariantMatrixViewModel.State matrix, MediaViewModel.State media) {

    EditorState {
        attributes = Map.copyOf(attributes);
        channels = Set.copyOf(channels);
    }

    EditorState withMedia(MediaViewModel.State m) {
        return new EditorState(title, brand, description, categoryId, season, status, attributes, channels, matrix, m);
    }
}
