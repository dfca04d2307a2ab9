package com.trendythreads.opsdesk.views.shell;

import com.trendythreads.opsdesk.viewmodels.shell.Workspaces;
import com.trendythreads.opsdesk.views.campaigns.CampaignsView;
import com.trendythreads.opsdesk.views.catalog.CatalogView;
import com.trendythreads.opsdesk.views.dashboard.DashboardView;
import com.trendythreads.opsdesk.views.governance.GovernanceView;
import com.trendythreads.opsdesk.views.inventory.InventoryView;
import com.trendythreads.opsdesk.views.orders.OrdersView;
import com.trendythreads.opsdesk.views.picking.PickingView;
import com.trendythreads.opsdesk.views.service.ServiceView;
import com.trendythreads.opsdesk.views.settings.SettingsView;
import com.trendythreads.opsdesk.views.audit.AuditView;
import com.trendythreads.opsdesk.views.sync.SyncView;
import java.util.Map;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/// Which screen and icon belong to each workspace id of [Workspaces].
public final class WorkspaceViews {

    private static final Map<String, Class<?>> VIEWS = Map.ofEntries(
            Map.entry(Workspaces.CATALOG, CatalogView.class),
            Map.entry(Workspaces.INVENTORY, InventoryView.class),
            Map.entry(Workspaces.PICKING, PickingView.class),
            Map.entry(Workspaces.ORDERS, OrdersView.class),
            Map.entry(Workspaces.SERVICE, ServiceView.class),
            Map.entry(Workspaces.DASHBOARD, DashboardView.class),
            Map.entry(Workspaces.CAMPAIGNS, CampaignsView.class),
            Map.entry(Workspaces.PRICING, com.trendythreads.opsdesk.views.pricing.PricingView.class), // lane pricing
            Map.entry(Workspaces.AUDIT, AuditView.class),
            Map.entry(Workspaces.GOVERNANCE, GovernanceView.class),
            Map.entry(Workspaces.SYNC, SyncView.class),
            Map.entry(Workspaces.SETTINGS, SettingsView.class));

    private static final Map<String, Ikon> ICONS = Map.ofEntries(
            Map.entry(Workspaces.CATALOG, Material2OutlinedMZ.STOREFRONT),
            Map.entry(Workspaces.INVENTORY, Material2OutlinedAL.ALL_INBOX),
            Map.entry(Workspaces.PICKING, Material2OutlinedMZ.QR_CODE_SCANNER),
            Map.entry(Workspaces.ORDERS, Material2OutlinedMZ.RECEIPT),
            Map.entry(Workspaces.SERVICE, Material2OutlinedAL.HEADSET_MIC),
            Map.entry(Workspaces.DASHBOARD, Material2OutlinedAL.DASHBOARD),
            Map.entry(Workspaces.CAMPAIGNS, Material2OutlinedAL.CAMPAIGN),
            Map.entry(Workspaces.PRICING, Material2OutlinedAL.LOCAL_OFFER), // lane pricing
            Map.entry(Workspaces.AUDIT, Material2OutlinedMZ.SECURITY),
            Map.entry(Workspaces.GOVERNANCE, Material2OutlinedMZ.RULE),
            Map.entry(Workspaces.SYNC, Material2OutlinedMZ.SYNC),
            Map.entry(Workspaces.SETTINGS, Material2OutlinedMZ.SETTINGS));

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
