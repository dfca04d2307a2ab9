package com.trendythreads.opsdesk.views.shell;

import com.trendythreads.opsdesk.viewmodels.shell.Workspaces;
import com.trendythreads.opsdesk.views.campaigns.CampaignsView;
import com.trendythreads.opsdesk.views.catalog.CatalogView;
import com.trendythreads.opsdesk.views.dashboard.DashboardView;
import com.trendythreads.opsdesk.views.inventory.InventoryView;
import com.trendythreads.opsdesk.views.orders.OrdersView;
import com.trendythreads.opsdesk.views.picking.PickingView;
import com.trendythreads.opsdesk.views.service.ServiceView;
import com.trendythreads.opsdesk.views.settings.SettingsView;
import com.trendythreads.opsdesk.views.sync.SyncView;
import java.util.Map;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/// Which screen and icon belong to each workspace id of [Workspaces].
public final class WorkspaceViews {

    private static final Map<String, Class<?>> VIEWS = Map.of(
            Workspaces.CATALOG, CatalogView.class,
            Workspaces.INVENTORY, InventoryView.class,
            Workspaces.PICKING, PickingView.class,
            Workspaces.ORDERS, OrdersView.class,
            Workspaces.SERVICE, ServiceView.class,
            Workspaces.DASHBOARD, DashboardView.class,
            Workspaces.CAMPAIGNS, CampaignsView.class,
            Workspaces.GOVERNANCE, com.trendythreads.opsdesk.views.governance.GovernanceView.class, // governance (issue #10)
            Workspaces.SYNC, SyncView.class,
            Workspaces.SETTINGS, SettingsView.class);

    private static final Map<String, Ikon> ICONS = Map.of(
            Workspaces.CATALOG, Material2OutlinedMZ.STOREFRONT,
            Workspaces.INVENTORY, Material2OutlinedAL.ALL_INBOX,
            Workspaces.PICKING, Material2OutlinedMZ.QR_CODE_SCANNER,
            Workspaces.ORDERS, Material2OutlinedMZ.RECEIPT,
            Workspaces.SERVICE, Material2OutlinedAL.HEADSET_MIC,
            Workspaces.DASHBOARD, Material2OutlinedAL.DASHBOARD,
            Workspaces.CAMPAIGNS, Material2OutlinedAL.CAMPAIGN,
            Workspaces.GOVERNANCE, Material2OutlinedMZ.RULE, // governance (issue #10)
            Workspaces.SYNC, Material2OutlinedMZ.SYNC,
            Workspaces.SETTINGS, Material2OutlinedMZ.SETTINGS);

    private WorkspaceViews() {
    }

    public static Class<?> viewFor(String workspaceId) {
        Class<?> view = VIEWS.get(workspaceId);
        if (view == null) {
            throw new IllegalArgumentException("No screen for workspace " + workspaceId);
        }
        return view;
    }

    public static Ikon iconFor(String workspaceId) {
        return ICONS.getOrDefault(workspaceId, Material2OutlinedMZ.WIDGETS);
    }
}
