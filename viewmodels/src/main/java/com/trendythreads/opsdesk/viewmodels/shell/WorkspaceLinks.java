package com.trendythreads.opsdesk.viewmodels.shell;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/// Opens a record in the workspace that owns it, from another workspace (the dashboard's drill-down
/// leads to the catalog editor or the stock grid). The shell listens, brings the workspace forward and
/// hands the record to its screen ([RecordOpener]); a workspace knows nothing of the others' screens.
@Singleton
public final class WorkspaceLinks {

    /// A record to open: `recordId` as the owning workspace understands it (a product id for the catalog,
    /// `<locationId>|<sku>` for inventory).
    public record Link(String workspaceId, String recordId) {
        public Link {
            Objects.requireNonNull(workspaceId, "workspaceId");
            Objects.requireNonNull(recordId, "recordId");
        }
    }

    private final List<Predicate<Link>> handlers = new CopyOnWriteArrayList<>();

    /// The shell's handler: returns whether it could open the link (the user may see the workspace).
    /// Returns what removes it. Called on the UI thread.
    public Runnable listen(Predicate<Link> handler) {
        handlers.add(handler);
        return () -> handlers.remove(handler);
    }

    /// Opens the link; `false` when no workspace took it (no shell, or a workspace the user may not see).
    public boolean open(String workspaceId, String recordId) {
        Link link = new Link(workspaceId, recordId);
        return handlers.stream().anyMatch(h -> h.test(link));
    }
}
