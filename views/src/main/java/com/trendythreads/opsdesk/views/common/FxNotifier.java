package com.trendythreads.opsdesk.views.common;

import atlantafx.base.controls.Notification;
import atlantafx.base.theme.Styles;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import jakarta.inject.Singleton;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Toasts (AtlantaFX notifications in the top-right corner of the window) and error dialogs.
/// Safe to call from any thread.
@Singleton
public final class FxNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(FxNotifier.class);

    private final FxUiDispatcher fx = new FxUiDispatcher();
    private StackPane host;

    /// The pane toasts appear in (the shell's root); `null` when there is none.
    public void setHost(StackPane host) {
        this.host = host;
    }

    @Override
    public void info(String message) {
        LOG.info("Notice to the user: {}", message);
        fx.dispatch(() -> {
            if (host == null) {
                return;
            }
            Notification toast = new Notification(message, new FontIcon(Material2OutlinedAL.INFO));
            toast.getStyleClass().add(Styles.ELEVATED_1);
            toast.setPrefWidth(380);
            toast.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            StackPane.setAlignment(toast, Pos.TOP_RIGHT);
            StackPane.setMargin(toast, new Insets(48, 16, 0, 0));
            StackPane target = host;
            toast.setOnClose(e -> target.getChildren().remove(toast));
            target.getChildren().add(toast);
            PauseTransition hide = new PauseTransition(Duration.seconds(6));
            hide.setOnFinished(e -> target.getChildren().remove(toast));
            hide.play();
        });
    }

    @Override
    public void confirm(String title, String message, String confirmLabel, Runnable onConfirm) {
        fx.dispatch(() -> {
            ButtonType yes = new ButtonType(confirmLabel, javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
            alert.setTitle(title);
            alert.setHeaderText(title);
            if (host != null && host.getScene() != null) {
                alert.initOwner(host.getScene().getWindow());
            }
            alert.showAndWait().filter(yes::equals).ifPresent(b -> onConfirm.run());
        });
    }

    @Override
    public void error(String title, String message) {
        LOG.warn("Error shown to the user: {}: {}", title, message);
        fx.dispatch(() -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
            alert.setTitle(title);
            alert.setHeaderText(title);
            if (host != null && host.getScene() != null) {
                alert.initOwner(host.getScene().getWindow());
            }
            Label content = new Label(message);
            content.setWrapText(true);
            content.setMaxWidth(480);
            alert.getDialogPane().setContent(content);
            alert.show();
        });
    }
}
