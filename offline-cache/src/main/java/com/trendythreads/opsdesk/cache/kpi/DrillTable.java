package com.trendythreads.opsdesk.cache.kpi;

import java.util.List;

/// The records behind a figure (the orders behind today's sales, the out-of-stock SKUs), for the
/// drill-down list. Each row names the record it leads to.
///
/// @param columns bundle keys of the column headers (`drill.column.*`)
/// @param rows    at most [#LIMIT] rows, the most relevant first
/// @param total   how many records there are in all (may exceed the rows shown)
public record DrillTable(Kpi kpi, List<String> columns, List<Row> rows, int total) {

    public static final int LIMIT = 1_000;

    /// What a row opens: a product in the catalog, a stock row in inventory, an order, a ticket, a pick list,
    /// a campaign.
    public enum Target { PRODUCT, STOCK, ORDER, TICKET, PICK_LIST, CAMPAIGN, CUSTOMER }

    /// @param id     the record's id (`<locationId>|<sku>` for STOCK)
    /// @param values one value per column: String, Long (cents for money columns), Double, Instant, LocalDate
    public record Row(Target target, String id, List<Object> values) {
    }

    public DrillTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
