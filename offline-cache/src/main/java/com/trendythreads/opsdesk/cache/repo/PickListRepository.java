package com.trendythreads.opsdesk.cache.repo;

import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Pick lists of the warehouses.
public final class PickListRepository extends Documents {

    @Inject
    public PickListRepository(CacheDatabase db) {
        super(db, Set.of("pick_lists"));
    }

    public Optional<PickList> get(String id) {
        return one(PickList.class, "SELECT doc FROM pick_lists WHERE id = :id", Map.of("id", id));
    }

    /// The pick lists at `locationId`, optionally only in `status` (null: any), oldest first.
    public List<PickList> atLocation(String locationId, PickListStatus status) {
        Map<String, Object> binds = new HashMap<>(Map.of("loc", locationId));
        String sql = "SELECT doc FROM pick_lists WHERE location_id = :loc";
        if (status != null) {
            sql += " AND status = :status";
            binds.put("status", status);
        }
        return list(PickList.class, sql + " ORDER BY created_at, id", binds);
    }

    /// The pick lists assigned to `userId`, oldest first.
    public List<PickList> assignedTo(String userId) {
        return list(PickList.class, "SELECT doc FROM pick_lists WHERE assignee_id = :u ORDER BY created_at, id",
                Map.of("u", userId));
    }
}
