-- One table per resource of the change feed. Every table has
--   id      the id the change feed uses (promo codes: the code; stock: '<locationId>|<sku>'),
--   version the server's version (its ETag is "<version>"),
--   doc     the resource's JSON exactly as the server sent it (the repositories read it back as DTOs),
-- plus typed columns copied out of doc for local search, joins and dashboards (ResourceType.columns()).
-- doc is VARCHAR (H2 2.x: up to 1,000,000 characters, stored inline in the row) rather than CLOB, whose
-- values above a few hundred bytes go to separate LOB storage and make every read and upsert slower;
-- the largest documents (orders with timelines, tickets with threads) are a few KB.
-- Timestamps are TIMESTAMP WITH TIME ZONE, always written in UTC.
-- V2+ belong to the sync engine (V2__sync.sql ...).

CREATE TABLE users (
    id               VARCHAR PRIMARY KEY,
    version          BIGINT  NOT NULL,
    doc              VARCHAR NOT NULL,
    username         VARCHAR,
    display_name     VARCHAR,
    home_location_id VARCHAR,
    active           BOOLEAN
);
CREATE INDEX users_username ON users (username);

CREATE TABLE categories (
    id        VARCHAR PRIMARY KEY,
    version   BIGINT  NOT NULL,
    doc       VARCHAR NOT NULL,
    name      VARCHAR,
    parent_id VARCHAR
);
CREATE INDEX categories_parent ON categories (parent_id);

CREATE TABLE products (
    id          VARCHAR PRIMARY KEY,
    version     BIGINT  NOT NULL,
    doc         VARCHAR NOT NULL,
    title       VARCHAR,
    brand       VARCHAR,
    status      VARCHAR,
    category_id VARCHAR,
    season      VARCHAR,
    created_at  TIMESTAMP WITH TIME ZONE,
    updated_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX products_status_category ON products (status, category_id);
CREATE INDEX products_category ON products (category_id);
CREATE INDEX products_brand ON products (brand);
CREATE INDEX products_season ON products (season);
CREATE INDEX products_updated ON products (updated_at);

-- One row per SKU, replaced with its product: scanner (EAN) and SKU lookups.
CREATE TABLE product_variant (
    sku         VARCHAR PRIMARY KEY,
    product_id  VARCHAR NOT NULL,
    ean         VARCHAR,
    colour      VARCHAR,
    size        VARCHAR,
    price_cents BIGINT
);
CREATE INDEX product_variant_product ON product_variant (product_id);
CREATE INDEX product_variant_ean ON product_variant (ean);

CREATE TABLE locations (
    id           VARCHAR PRIMARY KEY,
    version      BIGINT  NOT NULL,
    doc          VARCHAR NOT NULL,
    name         VARCHAR,
    type         VARCHAR,
    city         VARCHAR,
    country_code VARCHAR
);

CREATE TABLE stock (
    id            VARCHAR PRIMARY KEY,
    version       BIGINT  NOT NULL,
    doc           VARCHAR NOT NULL,
    location_id   VARCHAR,
    sku           VARCHAR,
    bin           VARCHAR,
    on_hand       INTEGER,
    committed     INTEGER,
    available     INTEGER,
    incoming      INTEGER,
    reorder_point INTEGER,
    updated_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX stock_location_sku ON stock (location_id, sku);
CREATE INDEX stock_sku ON stock (sku);

CREATE TABLE movements (
    id          VARCHAR PRIMARY KEY,
    version     BIGINT  NOT NULL,
    doc         VARCHAR NOT NULL,
    location_id VARCHAR,
    sku         VARCHAR,
    delta       INTEGER,
    type        VARCHAR,
    reason      VARCHAR,
    reference   VARCHAR,
    user_id     VARCHAR,
    moved_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX movements_sku_at ON movements (sku, moved_at);
CREATE INDEX movements_location_at ON movements (location_id, moved_at);

CREATE TABLE transfers (
    id               VARCHAR PRIMARY KEY,
    version          BIGINT  NOT NULL,
    doc              VARCHAR NOT NULL,
    from_location_id VARCHAR,
    to_location_id   VARCHAR,
    status           VARCHAR,
    created_at       TIMESTAMP WITH TIME ZONE,
    shipped_at       TIMESTAMP WITH TIME ZONE,
    received_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX transfers_status ON transfers (status);

CREATE TABLE orders (
    id                VARCHAR PRIMARY KEY,
    version           BIGINT  NOT NULL,
    doc               VARCHAR NOT NULL,
    number            VARCHAR,
    placed_at         TIMESTAMP WITH TIME ZONE,
    status            VARCHAR,
    payment_status    VARCHAR,
    fulfilment_status VARCHAR,
    channel           VARCHAR,
    location_id       VARCHAR,
    customer_id       VARCHAR,
    total_cents       BIGINT,
    refunded_cents    BIGINT,
    campaign_id       VARCHAR,
    pick_list_id      VARCHAR,
    flagged           BOOLEAN,
    updated_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX orders_placed_at ON orders (placed_at);
CREATE INDEX orders_customer ON orders (customer_id, placed_at);
CREATE INDEX orders_number ON orders (number);
CREATE INDEX orders_status ON orders (status);

CREATE TABLE pick_lists (
    id          VARCHAR PRIMARY KEY,
    version     BIGINT  NOT NULL,
    doc         VARCHAR NOT NULL,
    status      VARCHAR,
    location_id VARCHAR,
    assignee_id VARCHAR,
    wave        VARCHAR,
    created_at  TIMESTAMP WITH TIME ZONE,
    updated_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX pick_lists_location_status ON pick_lists (location_id, status);
CREATE INDEX pick_lists_assignee ON pick_lists (assignee_id);

CREATE TABLE campaigns (
    id           VARCHAR PRIMARY KEY,
    version      BIGINT  NOT NULL,
    doc          VARCHAR NOT NULL,
    name         VARCHAR,
    status       VARCHAR,
    channel      VARCHAR,
    starts_at    TIMESTAMP WITH TIME ZONE,
    ends_at      TIMESTAMP WITH TIME ZONE,
    segment_id   VARCHAR,
    budget_cents BIGINT,
    spend_cents  BIGINT
);
CREATE INDEX campaigns_status ON campaigns (status, starts_at);

-- id is the code itself (the change feed's id); code repeats it so queries read naturally.
CREATE TABLE promo_codes (
    id          VARCHAR PRIMARY KEY,
    version     BIGINT  NOT NULL,
    doc         VARCHAR NOT NULL,
    code        VARCHAR NOT NULL,
    campaign_id VARCHAR,
    active      BOOLEAN,
    type        VARCHAR,
    valid_from  TIMESTAMP WITH TIME ZONE,
    valid_until TIMESTAMP WITH TIME ZONE,
    redemptions INTEGER
);
CREATE INDEX promo_codes_campaign ON promo_codes (campaign_id);

CREATE TABLE segments (
    id             VARCHAR PRIMARY KEY,
    version        BIGINT  NOT NULL,
    doc            VARCHAR NOT NULL,
    name           VARCHAR,
    customer_count INTEGER
);

CREATE TABLE customers (
    id                   VARCHAR PRIMARY KEY,
    version              BIGINT  NOT NULL,
    doc                  VARCHAR NOT NULL,
    first_name           VARCHAR,
    last_name            VARCHAR,
    email                VARCHAR,
    phone                VARCHAR,
    loyalty_tier         VARCHAR,
    order_count          INTEGER,
    lifetime_value_cents BIGINT,
    created_at           TIMESTAMP WITH TIME ZONE,
    updated_at           TIMESTAMP WITH TIME ZONE
);
CREATE INDEX customers_email ON customers (email);
CREATE INDEX customers_name ON customers (last_name, first_name);
CREATE INDEX customers_tier ON customers (loyalty_tier);

CREATE TABLE reviews (
    id          VARCHAR PRIMARY KEY,
    version     BIGINT  NOT NULL,
    doc         VARCHAR NOT NULL,
    product_id  VARCHAR,
    customer_id VARCHAR,
    rating      INTEGER,
    status      VARCHAR,
    created_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX reviews_product ON reviews (product_id);
CREATE INDEX reviews_customer ON reviews (customer_id);

CREATE TABLE tickets (
    id          VARCHAR PRIMARY KEY,
    version     BIGINT  NOT NULL,
    doc         VARCHAR NOT NULL,
    subject     VARCHAR,
    status      VARCHAR,
    priority    VARCHAR,
    channel     VARCHAR,
    customer_id VARCHAR,
    order_id    VARCHAR,
    assignee_id VARCHAR,
    sla_due_at  TIMESTAMP WITH TIME ZONE,
    created_at  TIMESTAMP WITH TIME ZONE,
    updated_at  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX tickets_status_priority ON tickets (status, priority);
CREATE INDEX tickets_customer ON tickets (customer_id);
CREATE INDEX tickets_order ON tickets (order_id);
CREATE INDEX tickets_assignee ON tickets (assignee_id, status);
CREATE INDEX tickets_updated ON tickets (updated_at);

CREATE TABLE macros (
    id         VARCHAR PRIMARY KEY,
    version    BIGINT  NOT NULL,
    doc        VARCHAR NOT NULL,
    name       VARCHAR,
    set_status VARCHAR
);
