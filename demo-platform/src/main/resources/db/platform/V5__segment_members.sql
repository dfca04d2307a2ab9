-- The members of segments pushed from a desk (createSegment). Seeded segments keep only their count.
CREATE TABLE segment_members (
    segment_id  VARCHAR(40) NOT NULL,
    customer_id VARCHAR(40) NOT NULL,
    PRIMARY KEY (segment_id, customer_id)
);
