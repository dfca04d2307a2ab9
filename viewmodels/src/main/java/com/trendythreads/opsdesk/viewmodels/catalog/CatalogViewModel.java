package com.trendythreads.opsdesk.viewmodels.catalog;

import com.trendythreads.opsdesk.cache.catalog.CatalogIndex;
import com.trendythreads.opsdesk.cache.catalog.ProductSummary;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The catalog workspace: a row of tabs, the product list first (never closed), then one tab per
/// product being edited and per bulk change or import. The list and the other screens open tabs
/// through this host ([CatalogNavigator]); the View maps each tab's kind to its screen.
///
/// Edit actions (new, bulk change, import) need the `updateProduct` permission from `/v1/me`. Signed
/// in offline there are no permissions, so the roles the contract grants it to decide (MERCHANDISER,
/// ADMIN); the platform still checks every edit when it is pushed.
public final class CatalogViewModel implements CatalogNavigator {

    public static final String LIST_KEY = "list";

    private final I18n i18n;
    private final CatalogIndex index;
    private final ObservableList<CatalogTab> tabs = FXCollections.observableArrayList();
    private final ObjectProperty<CatalogTab> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canEdit;
    private int opened;

    @Inject
    public CatalogViewModel(SessionState sessionState, I18n i18n) {
        this.i18n = i18n;
        this.index = sessionState.current().data().catalogIndex();
        this.canEdit = new ReadOnlyBooleanWrapper(mayEdit(sessionState.current().user()));
        CatalogTab list = new CatalogTab(CatalogTab.Kind.LIST, LIST_KEY, i18n.get("catalog.tab.products"), List.of());
        tabs.add(list);
        selected.set(list);
    }

    /// Whether `user` may change products: `updateProduct` (see [SessionUser#may]).
    public static boolean mayEdit(SessionUser user) {
        return user.may("updateProduct");
    }

    @Override
    public void openProduct(String productId) {
        String title = index.get(productId).map(ProductSummary::title).filter(t -> !t.isBlank()).orElse(productId);
        open(new CatalogTab(CatalogTab.Kind.PRODUCT, "product:" + productId, title, List.of(productId)));
    }

    @Override
    public void newProduct() {
        if (canEdit.get()) {
            open(new CatalogTab(CatalogTab.Kind.NEW_PRODUCT, "new:" + (++opened), i18n.get("catalog.tab.new"),
                    List.of()));
        }
    }

    @Override
    public void openBulkChange(List<String> productIds) {
        if (canEdit.get() && !productIds.isEmpty()) {
            open(new CatalogTab(CatalogTab.Kind.BULK_CHANGE, "bulk:" + (++opened),
                    i18n.get("catalog.tab.bulk", productIds.size()), productIds));
        }
    }

    @Override
    public void openImport() {
        if (canEdit.get()) {
            open(new CatalogTab(CatalogTab.Kind.IMPORT, "import:" + (++opened), i18n.get("catalog.tab.import"),
                    List.of()));
        }
    }

    /// Brings the tab with the same key to the front, or adds `tab` after the others.
    private void open(CatalogTab tab) {
        Optional<CatalogTab> existing = tabs.stream().filter(t -> t.key().equals(tab.key())).findFirst();
        if (existing.isPresent()) {
            selected.set(existing.get());
            return;
        }
        tabs.add(tab);
        selected.set(tab);
    }

    /// Closes a tab (not the list); the tab before it comes to the front.
    public void close(CatalogTab tab) {
        int i = tabs.indexOf(tab);
        if (i <= 0 || !tab.closable()) {
            return;
        }
        tabs.remove(i);
        if (selected.get() == null || selected.get().equals(tab)) {
            selected.set(tabs.get(i - 1));
        }
    }

    public ObservableList<CatalogTab> tabs() {
        return tabs;
    }

    public ObjectProperty<CatalogTab> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }
}
