-- Lane pricing (issue #11): the desk's memory for price suggestions.
-- A rejected suggestion (one per style, the latest): hidden while the style's facts key stays the same.
CREATE TABLE pricing_rejections (
    product_id  VARCHAR PRIMARY KEY,
    kind        VARCHAR NOT NULL,
    percent     INTEGER NOT NULL,
    facts_key   VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    username    VARCHAR,
    rejected_at TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Pricing settings of this desk: min_margin_percent (the price floor's margin, set by a manager).
CREATE TABLE pricing_settings (
    name      VARCHAR PRIMARY KEY,
    int_value INTEGER NOT NULL,
    set_by    VARCHAR,
    set_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
