package com.trendythreads.opsdesk.platform.fulfilment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.writes.Tx;
import com.trendythreads.opsdesk.platform.store.Counters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// The `pick_lists` doc table.
public final class PickListStore {

    public static final String RESOURCE = "pick_list";

    private final DocTable<PickList> table;

    public PickListStore(ObjectMapper json) {
        this.table = new DocTable<>(new DocTable.Spec<>("pick_lists", "id", PickList.class, PickList::id,
                PickList::version, p -> {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("location_id", p.locationId());
                    c.put("status", p.status());
                    c.put("assignee_id", p.assigneeId());
                    c.put("created_at", p.createdAt());
                    c.put("updated_at", p.updatedAt());
                    return c;
                }), json);
    }

    public DocTable<PickList> table() {
        return table;
    }

    public Optional<PickList> find(Handle h, String id) {
        return table.find(h, id);
    }

    public void update(Tx tx, PickList list) {
        table.update(tx.handle(), list, list.version() - 1);
        tx.recordChange(RESOURCE, list.id(), ChangeOp.UPSERT, list.version(), list);
    }

    public void insert(Tx tx, PickList list) {
        table.insert(tx.handle(), list);
        tx.recordChange(RESOURCE, list.id(), ChangeOp.UPSERT, list.version(), list);
    }

    /// Pick lists not yet packed that hold lines of `orderId`.
    public List<PickList> openListsWithOrder(Handle h, String orderId) {
        return h.createQuery("SELECT doc FROM pick_lists WHERE status IN ('OPEN', 'IN_PROGRESS', 'PICKED') "
                        + "AND doc LIKE :needle ORDER BY id")
                .bind("needle", "%\"" + orderId + "\"%")
                .mapTo(String.class).list().stream()
                .map(table::read)
                .filter(p -> p.orderIds().contains(orderId))
                .toList();
    }

    public static String nextId(Handle h) {
        return Counters.next(h, Counters.Sequence.PICK_LIST);
    }
}
