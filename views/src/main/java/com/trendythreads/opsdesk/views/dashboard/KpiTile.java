package com.trendythreads.opsdesk.views.dashboard;

import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Theme;
import com.trendythreads.opsdesk.viewmodels.dashboard.KpiTileViewModel;
import com.trendythreads.opsdesk.viewmodels.dashboard.KpiTileViewModel.State;
import com.trendythreads.opsdesk.viewmodels.dashboard.KpiTileViewModel.Trend;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/// One KPI as a TilesFX tile: the tile draws the frame, the title, the note at the bottom and the
/// definition as tooltip; inside, the figure, its change (arrow green for good news, red for bad) with the
/// comparison figure, and the sparkline. The tile's colours follow the app's theme (AtlantaFX Primer).
final class KpiTile {

    /// Primer's colours, light and dark: the tile paints its own background, so it cannot use looked-up CSS.
    private record Palette(Color background, Color border, Color title, Color text, Color accent) {
        static final Palette LIGHT = new Palette(Color.web("#ffffff"), Color.web("#d0d7de"), Color.web("#57606a"),
                Color.web("#6e7781"), Color.web("#0969da"));
        static final Palette DARK = new Palette(Color.web("#161b22"), Color.web("#30363d"), Color.web("#8b949e"),
                Color.web("#7d8590"), Color.web("#58a6ff"));
    }

    private final KpiTileViewModel vm;
    private final Tile tile;
    private final Label value = new Label();
    private final Label change = new Label();
    private final Label previous = new Label();
    private final Sparkline sparkline;
    private Palette palette = Palette.LIGHT;
    private boolean selected;

    KpiTile(KpiTileViewModel vm, I18n i18n) {
        this.vm = vm;
        value.getStyleClass().add("kpi-value");
        value.setId("kpi-value-" + vm.kpi().name());
        value.textProperty().bind(vm.valueProperty());
        change.getStyleClass().add("kpi-change");
        change.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String c = vm.changeProperty().get();
            return c.isEmpty() ? "" : arrow(vm.trendProperty().get()) + c;
        }, vm.changeProperty(), vm.trendProperty()));
        previous.getStyleClass().add("kpi-previous");
        previous.textProperty().bind(vm.previousProperty());
        sparkline = new Sparkline(vm.sparkline());
        HBox compare = new HBox(8, change, previous);
        compare.setAlignment(Pos.BASELINE_LEFT);
        VBox content = new VBox(2, value, compare, sparkline);
        content.setAlignment(Pos.TOP_LEFT);
        content.getStyleClass().add("kpi-content");
        VBox.setVgrow(sparkline, Priority.ALWAYS);
        tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .prefSize(280, 150)
                .minSize(200, 140)
                .maxSize(Double.MAX_VALUE, 150)
                .title(vm.title())
                .textSize(Tile.TextSize.BIGGER)
                .graphic(content)
                .textVisible(true)
                .tooltipText(vm.definition())
                .roundedCorners(true)
                .build();
        tile.setId("kpi-" + vm.kpi().name());
        tile.getStyleClass().add("kpi-tile");
        tile.textProperty().bind(vm.noteProperty());
        vm.trendProperty().addListener((o, a, b) -> style());
        vm.goodNewsProperty().addListener((o, a, b) -> style());
        vm.stateProperty().addListener((o, a, b) -> style());
        style();
    }

    Tile node() {
        return tile;
    }

    Kpi kpi() {
        return vm.kpi();
    }

    void applyTheme(Theme theme) {
        palette = theme == Theme.DARK ? Palette.DARK : Palette.LIGHT;
        tile.setBackgroundColor(palette.background());
        tile.setTitleColor(palette.title());
        tile.setTextColor(palette.text());
        sparkline.setColor(palette.accent());
        paintBorder();
    }

    void setSelected(boolean on) {
        selected = on;
        paintBorder();
    }

    private void paintBorder() {
        tile.setBorderColor(selected ? palette.accent() : palette.border());
        tile.setBorderWidth(selected ? 2 : 1);
    }

    private void style() {
        boolean muted = vm.stateProperty().get() == State.NOT_PERMITTED || vm.stateProperty().get() == State.UNAVAILABLE;
        value.getStyleClass().remove("kpi-muted");
        if (muted) {
            value.getStyleClass().add("kpi-muted");
        }
        change.getStyleClass().removeAll("kpi-good", "kpi-bad", "kpi-flat");
        Boolean good = vm.goodNewsProperty().get();
        change.getStyleClass().add(good == null ? "kpi-flat" : good ? "kpi-good" : "kpi-bad");
    }

    private static String arrow(Trend t) {
        return switch (t) {
            case UP -> "▲ ";
            case DOWN -> "▼ ";
            case FLAT -> "■ ";
            case NONE -> "";
        };
    }
}
