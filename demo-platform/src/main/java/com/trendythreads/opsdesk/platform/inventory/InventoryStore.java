package com.trendythreads.opsdesk.platform.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.inventory.AdjustmentReason;
import com.trendythreads.opsdesk.api.dto.inventory.Location;
import com.trendythreads.opsdesk.api.dto.inventory.MovementType;
import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.api.dto.inventory.StockMovement;
import com.trendythreads.opsdesk.api.dto.inventory.Transfer;
import com.trendythreads.opsdesk.platform.store.DocTable;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/// The inventory's tables: locations and transfers as documents; stock and movements as plain columns
/// (stock is hot and changed by deltas, movements are an append-only ledger).
public final class InventoryStore {

    /// Movement ids on the wire are `mov_<row id>`.
    public static final String MOVEMENT_PREFIX = "mov_";

    private final ObjectMapper nonNull;
    private final DocTable<Location> locations;
    private final DocTable<Transfer> transfers;

    public InventoryStore(ObjectMapper json) {
        this.nonNull = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        this.locations = new DocTable<>(new DocTable.Spec<>("locations", "id", Location.class, Location::id,
                Location::version, l -> {
                    Map<String, Object> cols = new LinkedHashMap<>();
                    cols.put("type", l.type());
                    return cols;
                }), json);
        this.transfers = new DocTable<>(new DocTable.Spec<>("transfers", "id", Transfer.class, Transfer::id,
                Transfer::version, t -> {
                    Map<String, Object> cols = new LinkedHashMap<>();
                    cols.put("status", t.status());
                    cols.put("from_location_id", t.fromLocationId());
                    cols.put("to_location_id", t.toLocationId());
                    cols.put("created_at", t.createdAt());
                    return cols;
                }), json);
    }

    public DocTable<Location> locations() {
        return locations;
    }

    public DocTable<Transfer> transfers() {
        return transfers;
    }

    /// A movement as sent: its absent optionals are left out rather than null, because the contract types
    /// `reason` as `nullable` + `allOf: [AdjustmentReason]`, which validators read as "null is not a reason".
    public JsonNode wire(StockMovement m) {
        return nonNull.valueToTree(m);
    }

    public static String stockId(String locationId, String sku) {
        return locationId + "|" + sku;
    }

    public Optional<StockLevel> findStock(Handle h, String locationId, String sku) {
        return h.createQuery("SELECT * FROM stock WHERE location_id = :loc AND sku = :sku")
                .bind("loc", locationId).bind("sku", sku)
                .map((rs, ctx) -> stock(rs))
                .findOne();
    }

    public void insertStock(Handle h, StockLevel s) {
        h.createUpdate("""
                        INSERT INTO stock (location_id, sku, bin, on_hand, committed_qty, incoming, reorder_point,
                                           reorder_qty, updated_at, version)
                        VALUES (:loc, :sku, :bin, :onHand, :committed, :incoming, :rp, :rq, :at, :version)""")
                .bind("loc", s.locationId()).bind("sku", s.sku()).bind("bin", s.bin()).bind("onHand", s.onHand())
                .bind("committed", s.committed()).bind("incoming", s.incoming()).bind("rp", s.reorderPoint())
                .bind("rq", s.reorderQty()).bind("at", utc(s.updatedAt())).bind("version", s.version())
                .execute();
    }

    /// Replaces a stock row that must still be at `previousVersion` (a mismatch is a handler bug: writes
    /// are serialised by the platform's write lock).
    public void updateStock(Handle h, StockLevel s, long previousVersion) {
        int rows = h.createUpdate("""
                        UPDATE stock SET bin = :bin, on_hand = :onHand, committed_qty = :committed, incoming = :incoming,
                               reorder_point = :rp, reorder_qty = :rq, updated_at = :at, version = :version
                        WHERE location_id = :loc AND sku = :sku AND version = :previous""")
                .bind("loc", s.locationId()).bind("sku", s.sku()).bind("bin", s.bin()).bind("onHand", s.onHand())
                .bind("committed", s.committed()).bind("incoming", s.incoming()).bind("rp", s.reorderPoint())
                .bind("rq", s.reorderQty()).bind("at", utc(s.updatedAt())).bind("version", s.version())
                .bind("previous", previousVersion)
                .execute();
        if (rows != 1) {
            throw new IllegalStateException("stock " + s.id() + " is not at version " + previousVersion);
        }
    }

    /// How many stock rows [#stockPage] lists under the same filters.
    public long stockCount(Handle h, String locationId, String sku) {
        return count(h, "stock", locationId, sku);
    }

    /// How many movements [#movementPage] lists under the same filters.
    public long movementCount(Handle h, String locationId, String sku) {
        return count(h, "movements", locationId, sku);
    }

    private static long count(Handle h, String table, String locationId, String sku) {
        List<String> where = new ArrayList<>();
        if (locationId != null) {
            where.add("location_id = :loc");
        }
        if (sku != null) {
            where.add("sku = :sku");
        }
        Query q = h.createQuery("SELECT COUNT(*) FROM " + table
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)));
        if (locationId != null) {
            q.bind("loc", locationId);
        }
        if (sku != null) {
            q.bind("sku", sku);
        }
        return q.mapTo(Long.class).one();
    }

    /// Stock rows in (location, SKU) order after `cursor`.
    ///
    /// After a cursor the page is read as two range scans of the primary key: the rest of the cursor's
    /// location, then the locations after it. One `location > a OR (location = a AND sku > b)` is no range to
    /// H2, which walked the key from the start for every page: at LARGE (1.7 million levels) the pull of the
    /// stock list never finished.
    public DocTable.Slice<StockLevel> stockPage(Handle h, String locationId, String sku, String cursor, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> binds = new LinkedHashMap<>();
        if (locationId != null) {
            where.add("location_id = :loc");
            binds.put("loc", locationId);
        }
        if (sku != null) {
            where.add("sku = :sku");
            binds.put("sku", sku);
        }
        List<StockLevel> rows;
        if (cursor == null) {
            rows = stockRows(h, where, binds, limit + 1);
        } else {
            String[] after = decode(cursor, "stock", 2);
            binds.put("aLoc", after[0]);
            binds.put("aSku", after[1]);
            List<String> sameLocation = new ArrayList<>(where);
            sameLocation.add("location_id = :aLoc AND sku > :aSku");
            rows = new ArrayList<>(stockRows(h, sameLocation, binds, limit + 1));
            if (rows.size() <= limit) {
                List<String> laterLocations = new ArrayList<>(where);
                laterLocations.add("location_id > :aLoc");
                rows.addAll(stockRows(h, laterLocations, binds, limit + 1 - rows.size()));
            }
        }
        if (rows.size() <= limit) {
            return new DocTable.Slice<>(List.copyOf(rows), null);
        }
        List<StockLevel> kept = rows.subList(0, limit);
        StockLevel last = kept.getLast();
        return new DocTable.Slice<>(List.copyOf(kept), encode("stock", last.locationId(), last.sku()));
    }

    private List<StockLevel> stockRows(Handle h, List<String> where, Map<String, Object> binds, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM stock");
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(" ORDER BY location_id, sku LIMIT ").append(limit);
        Query q = h.createQuery(sql.toString());
        // only the names this statement uses: Jdbi refuses unused bindings
        binds.forEach((k, v) -> {
            if (sql.indexOf(":" + k) >= 0) {
                q.bind(k, v);
            }
        });
        return q.map((rs, ctx) -> stock(rs)).list();
    }

    public StockMovement insertMovement(Handle h, String locationId, String sku, int delta, MovementType type,
                                        AdjustmentReason reason, String reference, String note, String userId,
                                        Instant at) {
        long id = h.createUpdate("""
                        INSERT INTO movements (location_id, sku, delta, type, reason, reference, note, user_id, at)
                        VALUES (:loc, :sku, :delta, :type, :reason, :reference, :note, :user, :at)""")
                .bind("loc", locationId).bind("sku", sku).bind("delta", delta).bind("type", type.name())
                .bind("reason", reason == null ? null : reason.name()).bind("reference", reference)
                .bind("note", note).bind("user", userId).bind("at", utc(at))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class).one();
        return new StockMovement(MOVEMENT_PREFIX + id, locationId, sku, delta, type, reason, reference, note, userId,
                at, 1);
    }

    /// Movements newest first (by time, then id), filtered by location and SKU.
    public DocTable.Slice<StockMovement> movementPage(Handle h, String locationId, String sku, String cursor,
                                                      int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM movements");
        List<String> where = new ArrayList<>();
        Map<String, Object> binds = new LinkedHashMap<>();
        if (locationId != null) {
            where.add("location_id = :loc");
            binds.put("loc", locationId);
        }
        if (sku != null) {
            where.add("sku = :sku");
            binds.put("sku", sku);
        }
        if (cursor != null) {
            String[] after = decode(cursor, "movements", 2);
            OffsetDateTime at;
            long id;
            try {
                at = OffsetDateTime.ofInstant(Instant.parse(after[0]), ZoneOffset.UTC);
                id = Long.parseLong(after[1]);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cursor is not one this list gave out");
            }
            where.add("(at < :aAt OR (at = :aAt AND id < :aId))");
            binds.put("aAt", at);
            binds.put("aId", id);
        }
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT ").append(limit + 1);
        Query q = h.createQuery(sql.toString());
        binds.forEach(q::bind);
        List<StockMovement> rows = q.map((rs, ctx) -> movement(rs)).list();
        if (rows.size() <= limit) {
            return new DocTable.Slice<>(rows, null);
        }
        List<StockMovement> kept = rows.subList(0, limit);
        StockMovement last = kept.getLast();
        return new DocTable.Slice<>(List.copyOf(kept), encode("movements", last.at().toString(),
                last.id().substring(MOVEMENT_PREFIX.length())));
    }

    private static StockLevel stock(ResultSet rs) throws SQLException {
        String loc = rs.getString("location_id");
        String sku = rs.getString("sku");
        int onHand = rs.getInt("on_hand");
        int committed = rs.getInt("committed_qty");
        return new StockLevel(stockId(loc, sku), loc, sku, rs.getString("bin"), onHand, committed,
                onHand - committed, rs.getInt("incoming"), (Integer) rs.getObject("reorder_point", Integer.class),
                rs.getObject("reorder_qty", Integer.class),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
    }

    private static StockMovement movement(ResultSet rs) throws SQLException {
        String reason = rs.getString("reason");
        return new StockMovement(MOVEMENT_PREFIX + rs.getLong("id"), rs.getString("location_id"), rs.getString("sku"),
                rs.getInt("delta"), MovementType.valueOf(rs.getString("type")),
                reason == null ? null : AdjustmentReason.valueOf(reason), rs.getString("reference"),
                rs.getString("note"), rs.getString("user_id"),
                rs.getObject("at", OffsetDateTime.class).toInstant(), 1);
    }

    private static OffsetDateTime utc(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static String encode(String list, String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((list + "|" + String.join("|", parts)).getBytes(StandardCharsets.UTF_8));
    }

    /// @throws IllegalArgumentException when the cursor was not made by `list`
    private static String[] decode(String cursor, String list, int parts) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this list gave out");
        }
        if (!raw.startsWith(list + "|")) {
            throw new IllegalArgumentException("cursor is not one this list gave out");
        }
        String[] out = raw.substring(list.length() + 1).split("\\|", parts);
        if (out.length != parts) {
            throw new IllegalArgumentException("cursor is not one this list gave out");
        }
        return out;
    }
}
