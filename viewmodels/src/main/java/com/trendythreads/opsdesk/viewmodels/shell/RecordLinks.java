package com.trendythreads.opsdesk.viewmodels.shell;

import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/// Links between workspaces: a screen asks to open a record (a product in the catalog, a stock level in
/// inventory); the shell selects the record's workspace, and that workspace [#take]s the link when it is
/// shown. One per app, so screens never know one another.
@Singleton
public final class RecordLinks {

    /// A record to open: `id` is a product id for PRODUCT, `<locationId>|<sku>` for STOCK, the record's id
    /// for the others (an order's `ord_…`, not its number).
    public record Link(Target target, String id) {

        public Link {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(id, "id");
        }
    }

    private final ReadOnlyObjectWrapper<Link> requested = new ReadOnlyObjectWrapper<>();

    /// Asks to open a record; the shell follows [#requestedProperty()].
    public void open(Target target, String id) {
        requested.set(null); // the same record twice is still a request
        requested.set(new Link(target, id));
    }

    /// The latest link nobody took yet, or null.
    public ReadOnlyObjectProperty<Link> requestedProperty() {
        return requested.getReadOnlyProperty();
    }

    /// The pending link if it is of `target`'s kind (and it is then no longer pending).
    public Optional<Link> take(Target target) {
        Link l = requested.get();
        if (l == null || l.target() != target) {
            return Optional.empty();
        }
        requested.set(null);
        return Optional.of(l);
    }

    /// The workspace that opens records of the link's kind, if any has a screen for it yet.
    public static Optional<String> workspaceOf(Link link) {
        if (link == null) {
            return Optional.empty();
        }
        return switch (link.target()) {
            case PRODUCT -> Optional.of(Workspaces.CATALOG);
            case STOCK -> Optional.of(Workspaces.INVENTORY);
            case ORDER -> Optional.of(Workspaces.ORDERS);
            case TICKET, CUSTOMER -> Optional.of(Workspaces.SERVICE);
            case CAMPAIGN -> Optional.of(Workspaces.CAMPAIGNS);
            default -> Optional.empty();
        };
    }
}
