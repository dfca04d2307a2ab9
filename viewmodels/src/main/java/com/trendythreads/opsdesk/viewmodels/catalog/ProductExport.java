package com.trendythreads.opsdesk.viewmodels.catalog;

import com.trendythreads.opsdesk.cache.catalog.ProductSummary;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// Writes the product list as the user sees it (filtered, sorted, visible columns) to CSV or XLSX,
/// in the background with progress. The id comes first so the file can be imported back; prices are
/// euro amounts and counts are numbers, so a spreadsheet can calculate with them.
public final class ProductExport {

    private static final int PROGRESS_EVERY = 200;

    private final TaskRunner runner;
    private final I18n i18n;
    private final Notifier notifier;
    private final CatalogFormat format;
    private final java.util.function.BiConsumer<Path, Integer> written;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    /// @param written told of each file written with how many rows (the audit report); runs in the background
    ProductExport(TaskRunner runner, I18n i18n, Notifier notifier, CatalogFormat format,
            java.util.function.BiConsumer<Path, Integer> written) {
        this.written = written;
        this.runner = runner;
        this.i18n = i18n;
        this.notifier = notifier;
        this.format = format;
    }

    /// Exports `rows` with `columns` (the thumbnail is skipped) to `file` (.csv or .xlsx).
    void run(Path file, List<ProductSummary> rows, List<ProductColumn> columns) {
        if (running.get()) {
            return;
        }
        List<ProductColumn> cols = columns.stream().filter(c -> c != ProductColumn.THUMBNAIL).toList();
        List<String> header = new ArrayList<>(List.of(i18n.get("catalog.export.id")));
        for (ProductColumn c : cols) {
            if (c == ProductColumn.PRICE) {
                header.add(i18n.get("catalog.export.priceFrom"));
                header.add(i18n.get("catalog.export.priceTo"));
            } else {
                header.add(i18n.get(c.titleKey()));
            }
        }
        BackgroundTask.of(() -> {
                    TableFiles.write(file, header, cells(rows, cols));
                    written.accept(file, rows.size());
                    return file;
                })
                .onStart(() -> {
                    running.set(true);
                    progress.set(0);
                    message.set(i18n.get("catalog.export.running", rows.size()));
                })
                .onSuccess(f -> {
                    progress.set(1);
                    message.set(i18n.get("catalog.export.done", rows.size(), f.toAbsolutePath().toString()));
                    notifier.info(message.get());
                })
                .onFailure(e -> {
                    message.set(i18n.get("catalog.export.failed", file.toString(), String.valueOf(e.getMessage())));
                    notifier.error(i18n.get("catalog.export.failedTitle"), message.get());
                })
                .onFinished(() -> running.set(false))
                .runWith(runner);
    }

    private Iterator<List<Object>> cells(List<ProductSummary> rows, List<ProductColumn> cols) {
        Iterator<ProductSummary> it = rows.iterator();
        return new Iterator<>() {
            private int done;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public List<Object> next() {
                ProductSummary s = it.next();
                if (++done % PROGRESS_EVERY == 0) {
                    double p = (double) done / rows.size();
                    runner.ui().dispatch(() -> progress.set(p));
                }
                List<Object> row = new ArrayList<>(cols.size() + 2);
                row.add(s.id());
                for (ProductColumn c : cols) {
                    switch (c) {
                        case TITLE -> row.add(s.title());
                        case BRAND -> row.add(s.brand());
                        case CATEGORY -> row.add(s.categoryName());
                        case SEASON -> row.add(s.season());
                        case STATUS -> row.add(format.status(s.status()));
                        case PRICE -> {
                            row.add(CatalogFormat.euros(s.minPriceCents()));
                            row.add(CatalogFormat.euros(s.maxPriceCents()));
                        }
                        case VARIANTS -> row.add(s.variantCount());
                        case STOCK -> row.add(s.available());
                        case COMPLETENESS -> row.add(s.completeness());
                        case THUMBNAIL -> { }
                    }
                }
                return row;
            }
        };
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /// What the last export did, with the file's full path.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
