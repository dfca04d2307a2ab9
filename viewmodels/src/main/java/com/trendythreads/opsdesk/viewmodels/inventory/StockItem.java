package com.trendythreads.opsdesk.viewmodels.inventory;

import com.trendythreads.opsdesk.cache.inventory.StockIndex;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// One row of the stock grid (SKU × location). The figures are properties so a live change of the
/// stock level updates the visible cell without reloading the grid.
public final class StockItem {

    private final int row;
    private final String sku;
    private final String locationId;
    private final String title;
    private final String ean;
    private final String category;
    private final ReadOnlyStringWrapper bin = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper onHand = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper committed = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper available = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper incoming = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Integer> reorderPoint = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper cover = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<StockIndex.Level> level = new ReadOnlyObjectWrapper<>();

    StockItem(StockIndex.Row r, String category, double overstockWeeks) {
        this.row = r.index();
        this.sku = r.sku();
        this.locationId = r.locationId();
        this.title = r.title() == null ? "" : r.title();
        this.ean = r.ean() == null ? "" : r.ean();
        this.category = category == null ? "" : category;
        update(r, overstockWeeks);
    }

    void update(StockIndex.Row r, double overstockWeeks) {
        bin.set(r.bin() == null ? "" : r.bin());
        onHand.set(r.onHand());
        committed.set(r.committed());
        available.set(r.available());
        incoming.set(r.incoming());
        reorderPoint.set(r.reorderPoint());
        cover.set(Double.isInfinite(r.weeksOfCover()) ? "" : String.format("%.1f", r.weeksOfCover()));
        level.set(levelOf(r, overstockWeeks));
    }

    static StockIndex.Level levelOf(StockIndex.Row r, double overstockWeeks) {
        int rp = r.reorderPoint() == null ? 0 : r.reorderPoint();
        if (r.available() <= 0) {
            return StockIndex.Level.OUT;
        }
        if (r.reorderPoint() != null && r.available() <= rp) {
            return StockIndex.Level.LOW;
        }
        boolean over = r.weeklyDemand() <= 0 ? r.available() > rp : r.weeksOfCover() > overstockWeeks;
        return over ? StockIndex.Level.OVER : StockIndex.Level.ALL;
    }

    /// The row in the stock index.
    public int row() {
        return row;
    }

    public String sku() {
        return sku;
    }

    public String locationId() {
        return locationId;
    }

    public String title() {
        return title;
    }

    public String ean() {
        return ean;
    }

    public String category() {
        return category;
    }

    public ReadOnlyStringProperty binProperty() {
        return bin.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty onHandProperty() {
        return onHand.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty committedProperty() {
        return committed.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty incomingProperty() {
        return incoming.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> reorderPointProperty() {
        return reorderPoint.getReadOnlyProperty();
    }

    /// Weeks of cover at the last four weeks' sales (empty when it did not sell; the view says "no sales").
    public ReadOnlyStringProperty coverProperty() {
        return cover.getReadOnlyProperty();
    }

    /// OUT, LOW, OVER, or ALL for a level in between.
    public ReadOnlyObjectProperty<StockIndex.Level> levelProperty() {
        return level.getReadOnlyProperty();
    }
}
