package com.trendythreads.opsdesk.views.catalog;

import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.viewmodels.catalog.CatalogTab;
import com.trendythreads.opsdesk.viewmodels.catalog.CatalogViewModel;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import com.trendythreads.opsdesk.views.catalog.bulk.BulkChangeView;
import com.trendythreads.opsdesk.views.catalog.editor.ProductEditorView;
import com.trendythreads.opsdesk.views.catalog.imports.ImportView;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/// The catalog workspace: the product list tab first, then a tab per product, bulk change or import.
public final class CatalogView implements Activatable {

    private final CatalogViewModel vm;
    private final ViewLoader loader;
    private final RecordLinks links;
    private final Map<String, Tab> tabs = new HashMap<>();
    private final Map<String, ProductEditorView> editors = new HashMap<>();
    private ViewLoader.Loaded<ProductListView> list;

    @FXML private TabPane catalogTabs;

    @Inject
    public CatalogView(CatalogViewModel vm, ViewLoader loader, RecordLinks links) {
        this.vm = vm;
        this.loader = loader;
        this.links = links;
    }

    @FXML
    private void initialize() {
        list = loader.load(ProductListView.class);
        list.view().viewModel().attach(vm);
        vm.tabs().addListener((ListChangeListener<CatalogTab>) c -> syncTabs());
        syncTabs();
        vm.selectedProperty().addListener((o, a, t) -> select(t));
        select(vm.selectedProperty().get());
        catalogTabs.getSelectionModel().selectedItemProperty().addListener((o, a, tab) -> {
            if (tab != null) {
                vm.selectedProperty().set((CatalogTab) tab.getUserData());
            }
        });
    }

    public CatalogViewModel viewModel() {
        return vm;
    }

    /// The one place that maps a tab's kind to its screen.
    private Node contentFor(CatalogTab tab) {
        return switch (tab.kind()) {
            case LIST -> list.root();
            case PRODUCT, NEW_PRODUCT -> {
                var editor = loader.load(ProductEditorView.class);
                if (tab.kind() == CatalogTab.Kind.PRODUCT) {
                    editor.view().viewModel().open(tab.productIds().getFirst());
                } else {
                    editor.view().viewModel().openNew();
                }
                editor.view().activate();
                editors.put(tab.key(), editor.view());
                yield editor.root();
            }
            case BULK_CHANGE -> {
                var bulk = loader.load(BulkChangeView.class);
                bulk.view().viewModel().start(tab.productIds());
                yield bulk.root();
            }
            case IMPORT -> loader.load(ImportView.class).root();
        };
    }

    /// An editor with unsaved changes asks before its tab closes.
    private void close(CatalogTab t) {
        ProductEditorView editor = editors.get(t.key());
        if (editor == null) {
            vm.close(t);
            return;
        }
        editor.viewModel().confirmDiscard(() -> {
            editor.deactivate();
            editors.remove(t.key());
            vm.close(t);
        });
    }

    private void syncTabs() {
        List<String> keys = vm.tabs().stream().map(CatalogTab::key).toList();
        tabs.keySet().removeIf(k -> {
            if (!keys.contains(k)) {
                catalogTabs.getTabs().remove(tabs.get(k));
                return true;
            }
            return false;
        });
        for (int i = 0; i < vm.tabs().size(); i++) {
            CatalogTab t = vm.tabs().get(i);
            Tab tab = tabs.computeIfAbsent(t.key(), k -> tabFor(t));
            if (!catalogTabs.getTabs().contains(tab)) {
                catalogTabs.getTabs().add(Math.min(i, catalogTabs.getTabs().size()), tab);
            }
        }
    }

    private Tab tabFor(CatalogTab t) {
        Tab tab = new Tab(t.title(), contentFor(t));
        tab.setId("catalogTab-" + t.kind().name().toLowerCase(Locale.ROOT));
        tab.setUserData(t);
        tab.setClosable(t.closable());
        tab.setOnCloseRequest(e -> {
            e.consume(); // the ViewModel decides, and the list above follows it
            close(t);
        });
        return tab;
    }

    private void select(CatalogTab t) {
        Tab tab = t == null ? null : tabs.get(t.key());
        if (tab != null && catalogTabs.getSelectionModel().getSelectedItem() != tab) {
            catalogTabs.getSelectionModel().select(tab);
        }
    }

    @Override
    public void activate() {
        list.view().activate();
        editors.values().forEach(ProductEditorView::activate);
        // a product another workspace asked to open (the stock dashboard's size curves)
        links.take(Target.PRODUCT).ifPresent(l -> vm.openProduct(l.id()));
    }

    @Override
    public void deactivate() {
        list.view().deactivate();
        editors.values().forEach(ProductEditorView::deactivate);
    }
}
