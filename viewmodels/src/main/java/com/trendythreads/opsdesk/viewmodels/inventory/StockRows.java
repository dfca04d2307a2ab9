package com.trendythreads.opsdesk.viewmodels.inventory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.collections.ObservableListBase;

/// The stock grid's rows: a list over the matching row numbers of the index that makes a [StockItem]
/// only when a row is asked for (the grid asks for the visible ones), so two million matches cost an
/// `int[]`, not two million objects. Items made recently are kept (and updated live) while the grid
/// shows them.
final class StockRows extends ObservableListBase<StockItem> {

    private static final int KEEP = 4_000;

    private final IntFunction<StockItem> make;
    private int[] rows = new int[0];
    private final Map<Integer, StockItem> made = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, StockItem> eldest) {
            return size() > KEEP;
        }
    };

    StockRows(IntFunction<StockItem> make) {
        this.make = make;
    }

    @Override
    public StockItem get(int i) {
        return made.computeIfAbsent(rows[i], make::apply);
    }

    @Override
    public int size() {
        return rows.length;
    }

    int[] rows() {
        return rows;
    }

    /// Shows other rows (the items made so far stay known, so a row that stays keeps its item).
    void setRows(int[] next) {
        if (Arrays.equals(rows, next)) {
            return;
        }
        int[] old = rows;
        rows = next;
        beginChange();
        nextRemove(0, new java.util.AbstractList<StockItem>() {
            @Override
            public StockItem get(int i) {
                return made.getOrDefault(old[i], null);
            }

            @Override
            public int size() {
                return old.length;
            }
        });
        nextAdd(0, next.length);
        endChange();
    }

    /// The item of index row `row` if the grid has one (to update it in place).
    StockItem madeFor(int row) {
        return made.get(row);
    }

    void forgetAll() {
        made.clear();
    }
}
