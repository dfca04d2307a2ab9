-- Lane supply (issue #11). Suppliers, the supplier of each SKU (keyed by the SKU) and purchase orders,
-- from the change feed (resources `supplier`, `supplier_item`, `purchase_order`).
CREATE TABLE suppliers (
    id              VARCHAR PRIMARY KEY,
    version         BIGINT  NOT NULL,
    doc             VARCHAR NOT NULL,
    name            VARCHAR,
    lead_time_days  INTEGER
);

CREATE TABLE supplier_items (
    id              VARCHAR PRIMARY KEY,
    version         BIGINT  NOT NULL,
    doc             VARCHAR NOT NULL,
    supplier_id     VARCHAR,
    unit_cost_cents BIGINT,
    pack_size       INTEGER
);
CREATE INDEX supplier_items_supplier ON supplier_items (supplier_id);

CREATE TABLE purchase_orders (
    id              VARCHAR PRIMARY KEY,
    version         BIGINT  NOT NULL,
    doc             VARCHAR NOT NULL,
    supplier_id     VARCHAR,
    location_id     VARCHAR,
    status          VARCHAR,
    total_cents     BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX purchase_orders_status ON purchase_orders (status);
CREATE INDEX purchase_orders_supplier ON purchase_orders (supplier_id);
