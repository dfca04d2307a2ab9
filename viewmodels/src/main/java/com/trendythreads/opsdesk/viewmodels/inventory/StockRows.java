package com.trendythreads.opsdesk.viewmodels.inventory;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import com.trendythreads.opsdesk.cache.inventory.StockIndex;
import java.util.function.BiFunction;
import javafx.collections.ObservableListBase;

/// The stock grid's rows: a list over the matching row numbers of the index that makes a [StockItem]
/// only when a row is asked for (the grid asks for the visible ones), so two million matches cost an
/// `int[]`, not two million objects. Items made recently are kept (and updated live) while the grid
/// shows them.
final class StockRows extends ObservableListBase<StockItem> {

    private static final int KEEP = 4_000;

    private final BiFunction<StockIndex, Integer, StockItem> make;
    private StockIndex source;
    private int[] rows = new int[0];
    private final Map<Integer, StockItem> made = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, StockItem> eldest) {
            return size() > KEEP;
        }
    };

    StockRows(BiFunction<StockIndex, Integer, StockItem> make) {
        this.make = make;
    }

    @Override
    public StockItem get(int i) {
        return made.computeIfAbsent(rows[i], r -> make.apply(source, r));
    }

    @Override
    public int size() {
        return rows.length;
    }

    int[] rows() {
        return rows;
    }

    /// Shows other rows of `index` (the items made so far stay known while the index is the same, so a row
    /// that stays keeps its item). Row numbers belong to their index: a new index forgets every item.
    void setRows(StockIndex index, int[] next) {
        if (index == source && Arrays.equals(rows, next)) {
            return;
        }
        int[] old = rows;
        if (index != source) {
            made.clear();
            source = index;
        }
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

    /// The item of row `row` of `index` if the grid has one (to update it in place).
    StockItem madeFor(StockIndex index, int row) {
        return index == source ? made.get(row) : null;
    }
}
