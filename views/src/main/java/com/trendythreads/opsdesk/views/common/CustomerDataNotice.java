package com.trendythreads.opsdesk.views.common;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;

/// The one question every export that contains customer data asks before its file is chosen and saved:
/// "This export contains customer data", with what that obliges the user to, and "Export anyway" or Cancel.
/// Every such export calls [#confirm] (privacy, issue #10; docs/governance.md lists them).
public final class CustomerDataNotice {

    /// The dialog's title, which tests look for.
    public static final String TITLE_KEY = "privacy.export.title";

    private CustomerDataNotice() {
    }

    /// Asks when `containsCustomerData`, on the FX thread, owned by `anyNode`'s window; true when the export
    /// may go on (always when it holds no customer data).
    public static boolean confirm(Node anyNode, I18n i18n, boolean containsCustomerData) {
        if (!containsCustomerData) {
            return true;
        }
        ButtonType go = new ButtonType(i18n.get("privacy.export.confirm"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", go, ButtonType.CANCEL);
        alert.setTitle(i18n.get(TITLE_KEY));
        alert.setHeaderText(i18n.get(TITLE_KEY));
        Label text = new Label(i18n.get("privacy.export.message"));
        text.setWrapText(true);
        text.setMaxWidth(440);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("customerDataNotice");
        if (anyNode != null && anyNode.getScene() != null) {
            alert.initOwner(anyNode.getScene().getWindow());
        }
        return alert.showAndWait().filter(go::equals).isPresent();
    }
}
