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
    public static final String PRICING = "pricing"; // lane pricing
    public static final String AUDIT = "audit"; // lane audit
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

    /// The workspaces of this build. A workspace is visible to the users who may call its list operation
    /// (the contract's x-roles through [SessionUser#may]; no role list here):
    ///
    /// | workspace | visible when the user may call |
    /// |---|---|
    /// | catalog   | `listProducts` |
    /// | inventory | `listTransfers` |
    /// | picking   | `listPickLists` |
    /// | orders    | `listOrders` |
    /// | service   | `listTickets` |
    /// | dashboard | `getDailySales` |
    /// | campaigns | `listCampaigns` |
    /// | pricing   | `updateProduct` or `listAuditEvents` |
    /// | audit     | `listAuditEvents` |
    /// | governance | `updateProduct` or `listAuditEvents` |
    /// | sync, settings | everyone (everyone edits offline, so everyone sees their outbox and conflicts) |
    ///
    /// Actions inside follow their own operations (e.g. `updateProduct`, `refundOrder`).
    public static Workspaces standard() {
        return new Workspaces(List.of(
                new Workspace(CATALOG, "workspace.catalog", Workspace.mayCall("listProducts")),
                new Workspace(INVENTORY, "workspace.inventory", Workspace.mayCall("listTransfers")),
                new Workspace(PICKING, "workspace.picking", Workspace.mayCall("listPickLists")),
                new Workspace(ORDERS, "workspace.orders", Workspace.mayCall("listOrders")),
                new Workspace(SERVICE, "workspace.service", Workspace.mayCall("listTickets")),
                new Workspace(DASHBOARD, "workspace.dashboard", Workspace.mayCall("getDailySales")),
                new Workspace(CAMPAIGNS, "workspace.campaigns", Workspace.mayCall("listCampaigns")),
                // lane pricing: those who change prices (updateProduct) and those who own margin and set the
                // price floor (listAuditEvents: MANAGER, ADMIN); accepting needs updateProduct.
                new Workspace(PRICING, "workspace.pricing", Workspace.mayCall("updateProduct", "listAuditEvents")),
                new Workspace(AUDIT, "workspace.audit", Workspace.mayCall("listAuditEvents")),
                // Data quality: the people who fix the catalog (updateProduct) and those who own the data
                // (listAuditEvents); the customer rule inside is for x-pii-roles only.
                new Workspace(GOVERNANCE, "workspace.governance", Workspace.mayCall("updateProduct", "listAuditEvents")),
                new Workspace(SYNC, "workspace.sync", Workspace.everyone()),
                new Workspace(SETTINGS, "workspace.settings", Workspace.everyone())),
                // Managers open Ops Desk to see how the business is doing; the others start where they work.
                Map.of("MANAGER", DASHBOARD, "SUPPORT", SERVICE, "MARKETING", CAMPAIGNS, "WAREHOUSE", INVENTORY));
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
