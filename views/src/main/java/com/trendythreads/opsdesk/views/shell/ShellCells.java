package com.trendythreads.opsdesk.views.shell;

import com.trendythreads.opsdesk.viewmodels.shell.PaletteEntry;
import com.trendythreads.opsdesk.viewmodels.shell.WorkspaceItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.kordamp.ikonli.javafx.FontIcon;

/// List cells of the shell: a workspace with its icon, a palette entry with its category.
final class ShellCells {

    private ShellCells() {
    }

    static final class WorkspaceCell extends ListCell<WorkspaceItem> {
        @Override
        protected void updateItem(WorkspaceItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.title());
            setGraphic(empty || item == null ? null : new FontIcon(WorkspaceViews.iconFor(item.id())));
        }
    }

    static final class PaletteCell extends ListCell<PaletteEntry> {
        @Override
        protected void updateItem(PaletteEntry item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label category = new Label(item.category());
            category.getStyleClass().add("text-muted");
            setText(item.title());
            setGraphic(category);
            setContentDisplay(ContentDisplay.RIGHT);
            setGraphicTextGap(12);
        }
    }
}
