package com.trendythreads.opsdesk.cache.kpi;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/// Confirmed pick lines per shop day × location × category × picker × hour of the day, from the cached pick
/// lists, kept current per changed pick list (its old contribution is remembered and subtracted).
///
/// A line counts once it is confirmed (status PICKED or SHORT, with its `confirmedAt`): the units it asked
/// for, the units picked, and one pick. Not thread-safe: the owner serialises calls.
final class PickRollup {

    private static final ObjectMapper MAPPER = Json.mapper();

    /// One cell. `picker` is who confirmed the line (else the list's assignee); `hour` 0–23 shop time.
    record Cell(long day, String location, String category, String picker, int hour) {
    }

    /// What one pick list adds: per cell {units requested, units picked, lines}.
    record Contribution(String listId, String location, String assignee, Map<Cell, long[]> cells) {
    }

    private final Function<String, String> categoryOfSku;
    private final NavigableMap<Long, Map<Cell, long[]>> days = new TreeMap<>();
    private final Map<String, Contribution> byList = new HashMap<>();

    PickRollup(Function<String, String> categoryOfSku) {
        this.categoryOfSku = categoryOfSku;
    }

    void loadAll(CacheDatabase db) {
        days.clear();
        byList.clear();
        db.read(h -> {
            h.createQuery("SELECT doc FROM pick_lists").setFetchSize(1_000).mapTo(String.class)
                    .forEach(doc -> put(contribution(parse(doc))));
            return null;
        });
    }

    /// Re-reads the pick lists `ids` (deleted ones drop out); reports whether any cell moved.
    boolean apply(CacheDatabase db, Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        Map<String, Contribution> fresh = new HashMap<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            db.read(h -> h.createQuery("SELECT doc FROM pick_lists WHERE id IN (<ids>)").bindList("ids", chunk)
                    .mapTo(String.class).list()).forEach(doc -> {
                        Contribution c = contribution(parse(doc));
                        fresh.put(c.listId(), c);
                    });
        }
        boolean moved = false;
        for (String id : all) {
            Contribution before = byList.get(id);
            Contribution after = fresh.get(id);
            if (!sameCells(before, after)) {
                moved = true;
            }
            if (before != null) {
                add(before, -1);
                byList.remove(id);
            }
            if (after != null) {
                put(after);
            }
        }
        return moved;
    }

    private static boolean sameCells(Contribution a, Contribution b) {
        Map<Cell, long[]> x = a == null ? Map.of() : a.cells();
        Map<Cell, long[]> y = b == null ? Map.of() : b.cells();
        if (!x.keySet().equals(y.keySet())) {
            return false;
        }
        for (Map.Entry<Cell, long[]> e : x.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), y.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private void put(Contribution c) {
        byList.put(c.listId(), c);
        add(c, 1);
    }

    private void add(Contribution c, int sign) {
        c.cells().forEach((cell, v) -> {
            long[] t = days.computeIfAbsent(cell.day(), d -> new HashMap<>()).computeIfAbsent(cell, k -> new long[3]);
            for (int i = 0; i < 3; i++) {
                t[i] += sign * v[i];
            }
        });
    }

    private Contribution contribution(PickList p) {
        Map<Cell, long[]> cells = new HashMap<>();
        if (p.lines() != null) {
            for (PickLine l : p.lines()) {
                if (l.status() == PickLine.Status.OPEN || l.status() == null || l.confirmedAt() == null) {
                    continue;
                }
                var at = l.confirmedAt().atZone(SalesCalendar.ZONE);
                String picker = l.confirmedBy() != null ? l.confirmedBy() : Objects.requireNonNullElse(p.assigneeId(), "");
                Cell cell = new Cell(at.toLocalDate().toEpochDay(), p.locationId(), categoryOfSku.apply(l.sku()),
                        picker, at.getHour());
                long[] v = cells.computeIfAbsent(cell, k -> new long[3]);
                v[0] += l.quantity();
                v[1] += l.pickedQuantity();
                v[2] += 1;
            }
        }
        return new Contribution(p.id(), p.locationId(), p.assigneeId(), cells);
    }

    private static PickList parse(String doc) {
        try {
            return MAPPER.readValue(doc, PickList.class);
        } catch (JsonProcessingException e) {
            throw new CacheException("A stored pick list cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /// Per day of the filter's period: {units requested, units picked, lines, active picker-hours}.
    long[][] perDay(KpiFilter f) {
        long first = f.from().toEpochDay();
        long[][] out = new long[(int) f.length()][4];
        for (Map.Entry<Long, Map<Cell, long[]>> day : days.subMap(first, true, f.to().toEpochDay(), true).entrySet()) {
            long[] d = out[(int) (day.getKey() - first)];
            Set<String> hours = new HashSet<>();
            day.getValue().forEach((cell, v) -> {
                if (matches(cell, f) && v[2] > 0) {
                    d[0] += v[0];
                    d[1] += v[1];
                    d[2] += v[2];
                    hours.add(cell.picker() + "\n" + cell.hour());
                }
            });
            d[3] = hours.size();
        }
        return out;
    }

    private static boolean matches(Cell cell, KpiFilter f) {
        return (f.locationId() == null || f.locationId().equals(cell.location()))
                && (f.categoryIds().isEmpty() || f.categoryIds().contains(cell.category()));
    }

    /// Per pick list with confirmed lines in the filter: {units requested, units picked, lines}.
    List<Map.Entry<Contribution, long[]>> lists(KpiFilter f) {
        List<Map.Entry<Contribution, long[]>> out = new ArrayList<>();
        for (Contribution c : byList.values()) {
            long[] t = new long[3];
            c.cells().forEach((cell, v) -> {
                if (matches(cell, f) && f.contains(java.time.LocalDate.ofEpochDay(cell.day()))) {
                    for (int i = 0; i < 3; i++) {
                        t[i] += v[i];
                    }
                }
            });
            if (t[2] > 0) {
                out.add(Map.entry(c, t));
            }
        }
        return out;
    }
}
