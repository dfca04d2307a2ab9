package com.trendythreads.opsdesk.views.catalog;

import com.trendythreads.opsdesk.cache.catalog.ProductSummary;
import com.trendythreads.opsdesk.viewmodels.catalog.CatalogFormat;
import com.trendythreads.opsdesk.viewmodels.catalog.ProductColumn;
import com.trendythreads.opsdesk.viewmodels.catalog.ProductListViewModel;
import com.trendythreads.opsdesk.viewmodels.catalog.ProductRowViewModel;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import java.io.ByteArrayInputStream;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/// The product table's columns: what each shows of a row, its alignment, and the thumbnail cell.
final class ProductTableColumns {

    private static final double THUMB = 36;

    private final ProductListViewModel vm;
    private final I18n i18n;

    ProductTableColumns(ProductListViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    void install(TableView<ProductRowViewModel> table) {
        CatalogFormat f = vm.format();
        for (ProductColumn c : ProductColumn.values()) {
            TableColumn<ProductRowViewModel, ProductSummary> col = switch (c) {
                case THUMBNAIL -> thumbnail();
                case TITLE -> text(ProductSummary::title, 250, false);
                case BRAND -> text(ProductSummary::brand, 120, false);
                case CATEGORY -> text(ProductSummary::categoryName, 120, false);
                case SEASON -> text(ProductSummary::season, 80, false);
                case STATUS -> text(s -> f.status(s.status()), 80, false);
                case PRICE -> text(f::priceRange, 130, true);
                case VARIANTS -> text(s -> f.number(s.variantCount()), 82, true);
                case STOCK -> text(s -> f.number(s.available()), 95, true);
                case COMPLETENESS -> text(s -> f.percent(s.completeness()), 95, true);
            };
            col.setText(i18n.get(c.titleKey()));
            col.setId("column-" + c.name().toLowerCase(java.util.Locale.ROOT));
            col.setUserData(c);
            col.setSortable(c.sortKey() != null);
            col.setCellValueFactory(cell -> cell.getValue().summaryProperty());
            col.visibleProperty().bindBidirectional(vm.visibleProperty(c));
            table.getColumns().add(col);
        }
    }

    private static TableColumn<ProductRowViewModel, ProductSummary> text(Function<ProductSummary, String> show,
                                                                          double width, boolean right) {
        TableColumn<ProductRowViewModel, ProductSummary> col = new TableColumn<>();
        col.setPrefWidth(width);
        col.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ProductSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : show.apply(s));
            }
        });
        if (right) {
            col.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        return col;
    }

    /// Asks for the image only when a row is shown; the placeholder stays until bytes arrive.
    private TableColumn<ProductRowViewModel, ProductSummary> thumbnail() {
        TableColumn<ProductRowViewModel, ProductSummary> col = new TableColumn<>();
        col.setPrefWidth(THUMB + 30);
        col.setResizable(false);
        col.setCellFactory(c -> new TableCell<>() {
            private final ImageView image = new ImageView();
            private final ChangeListener<byte[]> onBytes = (o, a, b) -> show(b);
            private ProductRowViewModel row;

            {
                image.setFitWidth(THUMB);
                image.setFitHeight(THUMB);
                image.setPreserveRatio(true);
            }

            @Override
            protected void updateItem(ProductSummary s, boolean empty) {
                super.updateItem(s, empty);
                if (row != null) {
                    row.thumbnailProperty().removeListener(onBytes);
                    row = null;
                }
                if (empty || s == null || getTableRow() == null || getTableRow().getItem() == null) {
                    setGraphic(null);
                    return;
                }
                row = getTableRow().getItem();
                row.thumbnailProperty().addListener(onBytes);
                show(row.thumbnailProperty().get());
                vm.requestThumbnail(row);
            }

            private void show(byte[] bytes) {
                if (bytes == null) {
                    FontIcon placeholder = new FontIcon(Material2OutlinedAL.IMAGE);
                    placeholder.setIconSize(22);
                    placeholder.getStyleClass().add("thumbnail-placeholder");
                    setGraphic(placeholder);
                } else {
                    image.setImage(new Image(new ByteArrayInputStream(bytes), THUMB, THUMB, true, true));
                    setGraphic(image);
                }
            }
        });
        col.setStyle("-fx-alignment: CENTER;");
        return col;
    }
}
