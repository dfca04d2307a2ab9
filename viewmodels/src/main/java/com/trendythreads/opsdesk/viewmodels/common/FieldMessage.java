package com.trendythreads.opsdesk.viewmodels.common;

/// What to show beside a field: a translated rule text, as an error (blocks saving) or a warning.
public record FieldMessage(String text, boolean error) {

    public static FieldMessage error(String text) {
        return new FieldMessage(text, true);
    }

    public static FieldMessage warning(String text) {
        return new FieldMessage(text, false);
    }
}
