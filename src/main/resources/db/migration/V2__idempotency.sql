-- A retried upload with the same Idempotency-Key (per caller) returns the version its first try made.
CREATE TABLE idempotency_key (
    actor      VARCHAR(200) NOT NULL,
    idem_key   VARCHAR(200) NOT NULL,
    period     VARCHAR(7)   NOT NULL,
    region     VARCHAR(40)  NOT NULL,
    version    INTEGER      NOT NULL,
    created_at VARCHAR(40)  NOT NULL,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (actor, idem_key)
);
