-- lane supply (issue #11): suppliers, the supplier of each SKU, purchase orders.
-- Documents (api-client DTO JSON in `doc`) with the columns lists filter on.
CREATE TABLE suppliers (
    id         VARCHAR(40) PRIMARY KEY,
    version    BIGINT NOT NULL,
    doc        VARCHAR NOT NULL
);

-- One supplier per SKU (the SKU's key), with its unit cost and pack size.
CREATE TABLE supplier_items (
    sku         VARCHAR(40) PRIMARY KEY,
    supplier_id VARCHAR(40) NOT NULL,
    version     BIGINT NOT NULL,
    doc         VARCHAR NOT NULL
);
CREATE INDEX supplier_items_supplier ON supplier_items (supplier_id);

CREATE TABLE purchase_orders (
    id          VARCHAR(40) PRIMARY KEY,
    status      VARCHAR(32) NOT NULL,
    supplier_id VARCHAR(40) NOT NULL,
    location_id VARCHAR(40) NOT NULL,
    version     BIGINT NOT NULL,
    doc         VARCHAR NOT NULL
);
CREATE INDEX purchase_orders_supplier ON purchase_orders (supplier_id);
