package com.trendythreads.opsdesk.views.picking;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.io.File;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.stage.FileChooser;

/// Asks where to save a printed PDF.
final class PdfFiles {

    private PdfFiles() {
    }

    static Path choose(Node owner, I18n i18n, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("picking.print.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        return file == null ? null : file.toPath();
    }
}
