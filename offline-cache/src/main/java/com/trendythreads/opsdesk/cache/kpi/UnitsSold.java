package com.trendythreads.opsdesk.cache.kpi;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;

/// Units sold per shop day × channel × location × category, from the cached orders, kept current per
/// changed order: each order's contribution is remembered, so a change subtracts the old one and adds
/// the new one without reading any other order.
///
/// A line sells `quantity − returnedQuantity` units (a returned unit is back in stock, so it is not sold);
/// cancelled orders sell nothing. Not thread-safe: the owner serialises calls.
final class UnitsSold {

    private static final ObjectMapper MAPPER = Json.mapper();

    /// The part of an order line this rollup needs (the lenient mapper skips the rest).
    record Line(String sku, String productId, int quantity, int returnedQuantity) {
    }

    record Lines(List<Line> lines) {
    }

    private final BiFunction<String, String, String> categoryOf;
    private final Dictionary channels = new Dictionary();
    private final Dictionary locations = new Dictionary();
    private final Dictionary categories = new Dictionary();
    /// packed (channel, location, category) → dense cell id, and back
    private final Map<Long, Integer> cellIds = new HashMap<>();
    private long[] cellKeys = new long[256];
    /// epoch day → units per cell id (a dense array: a figure sums a few thousand cells per day)
    private final NavigableMap<Long, long[]> days = new TreeMap<>();
    /// order id → its contribution as triples (epoch day, cell id, units)
    private final Map<String, long[]> byOrder = new HashMap<>();

    /// @param categoryOf a line's category from its product id and SKU (null when unknown)
    UnitsSold(BiFunction<String, String, String> categoryOf) {
        this.categoryOf = categoryOf;
    }

    /// Reads every cached order.
    void loadAll(CacheDatabase db) {
        days.clear();
        byOrder.clear();
        // cell ids stay: they only name cells
        db.read(h -> {
            h.createQuery("SELECT id, placed_at, status, channel, location_id, doc FROM orders")
                    .setFetchSize(2_000)
                    .map((rs, ctx) -> {
                        put(rs.getString(1), contribution(rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                        return 0;
                    }).forEach(x -> { });
            return null;
        });
    }

    /// Re-reads the orders `ids` (deleted ones drop out) and reports whether any figure moved.
    boolean apply(CacheDatabase db, Collection<String> ids) {
        Map<String, long[]> fresh = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            db.read((Handle h) -> {
                h.createQuery("SELECT id, placed_at, status, channel, location_id, doc FROM orders WHERE id IN (<ids>)")
                        .bindList("ids", chunk)
                        .map((rs, ctx) -> {
                            fresh.put(rs.getString(1), contribution(rs.getObject(2, OffsetDateTime.class),
                                    rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                            return 0;
                        }).forEach(x -> { });
                return null;
            });
        }
        boolean moved = false;
        for (String id : all) {
            long[] before = byOrder.get(id);
            long[] after = fresh.get(id);
            if (java.util.Arrays.equals(before, after)) {
                continue;
            }
            moved = true;
            put(id, after);
        }
        return moved;
    }

    private void put(String id, long[] contribution) {
        long[] old = contribution == null ? byOrder.remove(id) : byOrder.put(id, contribution);
        if (old != null) {
            add(old, -1);
        }
        if (contribution != null) {
            add(contribution, 1);
        }
    }

    private void add(long[] triples, int sign) {
        for (int i = 0; i < triples.length; i += 3) {
            int cell = (int) triples[i + 1];
            long[] day = days.get(triples[i]);
            if (day == null || day.length <= cell) {
                day = day == null ? new long[Math.max(cell + 1, cellIds.size())]
                        : java.util.Arrays.copyOf(day, Math.max(cell + 1, cellIds.size()));
                days.put(triples[i], day);
            }
            day[cell] += sign * triples[i + 2];
        }
    }

    private long[] contribution(OffsetDateTime placedAt, String status, String channel, String location, String doc) {
        if (placedAt == null || "CANCELLED".equals(status)) {
            return null;
        }
        long day = SalesCalendar.saleDay(placedAt.toInstant()).toEpochDay();
        Lines lines;
        try {
            lines = MAPPER.readValue(doc, Lines.class);
        } catch (JsonProcessingException e) {
            throw new CacheException("A stored order cannot be read: " + e.getOriginalMessage(), e);
        }
        if (lines.lines() == null) {
            return null;
        }
        Map<Long, Long> perCell = new HashMap<>();
        for (Line l : lines.lines()) {
            long units = (long) l.quantity() - l.returnedQuantity();
            if (units != 0) {
                perCell.merge(cell(channel, location, categoryOf.apply(l.productId(), l.sku())), units, Long::sum);
            }
        }
        if (perCell.isEmpty()) {
            return null;
        }
        long[] out = new long[perCell.size() * 3];
        int i = 0;
        for (Map.Entry<Long, Long> e : perCell.entrySet()) {
            out[i++] = day;
            out[i++] = e.getKey();
            out[i++] = e.getValue();
        }
        return out;
    }

    private long cell(String channel, String location, String category) {
        long packed = ((long) channels.index(channel) << 48) | ((long) locations.index(location) << 32)
                | (categories.index(category) & 0xFFFF_FFFFL);
        Integer id = cellIds.get(packed);
        if (id == null) {
            id = cellIds.size();
            cellIds.put(packed, id);
            if (id == cellKeys.length) {
                cellKeys = java.util.Arrays.copyOf(cellKeys, id * 2);
            }
            cellKeys[id] = packed;
        }
        return id;
    }

    /// Units sold in the filter's period, channel, location and categories.
    long units(KpiFilter f) {
        long sum = 0;
        for (long u : perDay(f)) {
            sum += u;
        }
        return sum;
    }

    /// Units sold per day of the filter's period, oldest first.
    long[] perDay(KpiFilter f) {
        long first = f.from().toEpochDay();
        long[] out = new long[(int) f.length()];
        int channel = f.channel() == null ? -1 : channels.find(f.channel());
        int location = f.locationId() == null ? -1 : locations.find(f.locationId());
        if ((f.channel() != null && channel < 0) || (f.locationId() != null && location < 0)) {
            return out;
        }
        BitSet cats = null;
        if (!f.categoryIds().isEmpty()) {
            cats = new BitSet();
            for (String c : f.categoryIds()) {
                int i = categories.find(c);
                if (i >= 0) {
                    cats.set(i);
                }
            }
        }
        boolean[] wanted = new boolean[cellIds.size()];
        for (int i = 0; i < wanted.length; i++) {
            long key = cellKeys[i];
            wanted[i] = (channel < 0 || (int) (key >>> 48) == channel)
                    && (location < 0 || (int) ((key >>> 32) & 0xFFFF) == location)
                    && (cats == null || cats.get((int) key));
        }
        for (Map.Entry<Long, long[]> day : days.subMap(first, true, f.to().toEpochDay(), true).entrySet()) {
            long[] units = day.getValue();
            long sum = 0;
            for (int i = 0, n = Math.min(units.length, wanted.length); i < n; i++) {
                if (wanted[i]) {
                    sum += units[i];
                }
            }
            out[(int) (day.getKey() - first)] = sum;
        }
        return out;
    }

    /// Strings to small indexes (null is a value of its own).
    private static final class Dictionary {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> values = new ArrayList<>();

        int index(String value) {
            String key = value == null ? "\u0000" : value;
            Integer i = index.get(key);
            if (i == null) {
                i = values.size();
                index.put(key, i);
                values.add(key);
            }
            return i;
        }

        int find(String value) {
            Integer i = index.get(value);
            return i == null ? -1 : i;
        }
    }
}
