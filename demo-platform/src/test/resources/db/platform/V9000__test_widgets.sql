-- Test-only table of the fake widgets domain (demo-platform's own tests); real domains add V2__… in main.
CREATE TABLE test_widgets (
    id      VARCHAR(40)  PRIMARY KEY,
    name    VARCHAR(100) NOT NULL,
    color   VARCHAR(40),
    status  VARCHAR(20)  NOT NULL,
    secret  VARCHAR(100),
    kind    VARCHAR(20)  NOT NULL,
    version BIGINT       NOT NULL
);
