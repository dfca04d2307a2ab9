package com.trendythreads.opsdesk.viewmodels.shell;

import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// The workspaces that exist, in navigation order. Only built screens are listed (no placeholders);
/// a new workspace is one entry here and one screen in the views.
public final class Workspaces {

    public static final String CATALOG = "catalog";
    public static final String INVENTORY = "inventory";
    public static final String PICKING = "picking";
    public static final String ORDERS = "orders";
    public static final String SERVICE = "service";
    public static final String CAMPAIGNS = "campaigns";
    public static final String DASHBOARD = "dashboard";
    // governance (issue #10)
    public static final String GOVERNANCE = "governance";
    public static final String SYNC = "sync";
    public static final String SETTINGS = "settings";

    private final List<Workspace> all;
    private final Map<String, String> homeByRole;

    public Workspaces(List<Workspace> all) {
        this(all, Map.of());
    }

    /// @param homeByRole the workspace a user of that primary role starts in before they have chosen one
    public Workspaces(List<Workspace> all, Map<String, String> homeByRole) {
        this.all = List.copyOf(all);
        this.homeByRole = Map.copyOf(homeByRole);
    }

    /// The workspaces of this build.
    public static Workspaces standard() {
        return new Workspaces(List.of(
                // Merchandisers work here all day; managers and marketing look things up. Edit actions
                // inside depend on the updateProduct permission (CatalogViewModel.mayEdit).
                new Workspace(CATALOG, "workspace.catalog",
                        Workspace.anyRole("MERCHANDISER", "MANAGER", "MARKETING", "ADMIN")),
                // Stock for planners and warehouse leads: the roles that may list transfers (openapi x-roles).
                new Workspace(INVENTORY, "workspace.inventory",
                        Workspace.anyRole("WAREHOUSE", "MANAGER", "ADMIN", "MERCHANDISER")),
                // The contract's x-roles of every pick-list operation.
                new Workspace(PICKING, "workspace.picking", Workspace.anyRole("WAREHOUSE", "MANAGER", "ADMIN")),
                // The OMS: everyone who may list orders (x-roles of listOrders) except WAREHOUSE, who works
                // orders through pick lists. Cancel, refund and return inside follow their own x-roles.
                new Workspace(ORDERS, "workspace.orders",
                        Workspace.anyRole("MERCHANDISER", "MANAGER", "SUPPORT", "MARKETING", "ADMIN")),
                // Tickets, customers and support figures: the contract's x-roles of listTickets.
                new Workspace(SERVICE, "workspace.service", Workspace.anyRole("SUPPORT", "MANAGER", "ADMIN")),
                // KPI tiles and the stock dashboard: the contract's x-roles of getDailySales.
                new Workspace(DASHBOARD, "workspace.dashboard",
                        Workspace.anyRole("MERCHANDISER", "MANAGER", "MARKETING", "ADMIN")),
                // Everyone edits offline, so everyone may see their outbox and conflicts.
                // x-roles of listCampaigns minus SUPPORT; merchandisers need the personalization view.
                new Workspace(CAMPAIGNS, "workspace.campaigns",
                        Workspace.anyRole("MARKETING", "MANAGER", "ADMIN", "MERCHANDISER")),
                // governance (issue #10): data quality over what the user may list (catalog rules: listProducts;
                // the customer rule only for x-pii-roles inside). Managers and admins own the data, merchandisers
                // fix the catalog findings.
                new Workspace(GOVERNANCE, "workspace.governance", Workspace.anyRole("MERCHANDISER", "MANAGER", "ADMIN")),
                new Workspace(SYNC, "workspace.sync", Workspace.everyone()),
                new Workspace(SETTINGS, "workspace.settings", Workspace.everyone())),
                // Managers open Ops Desk to see how the business is doing; the others start where they work.
                Map.of("MANAGER", DASHBOARD, "SUPPORT", SERVICE, "MARKETING", CAMPAIGNS));
    }

    public List<Workspace> all() {
        return all;
    }

    public List<Workspace> visibleTo(SessionUser user) {
        return all.stream().filter(w -> w.allowed().test(user)).toList();
    }

    /// Where `user` starts before they have chosen a workspace: their role's home if they may see it, else the
    /// first workspace they may see.
    public Optional<Workspace> homeFor(SessionUser user) {
        List<Workspace> visible = visibleTo(user);
        String home = homeByRole.get(user.primaryRole());
        return visible.stream().filter(w -> w.id().equals(home)).findFirst().or(() -> visible.stream().findFirst());
    }
}
