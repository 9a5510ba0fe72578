-- Notices waiting to be delivered (goalbook.notices.Outbox): one row per event, channel and address,
-- written in the transaction of the event it tells about, so a rolled-back upload tells nobody and a
-- committed one is told once; the unique key makes a second insert of the same notice a no-op.
-- Unlike the records above, rows change state: PENDING → SENDING → SENT, or FAILED for good.
-- next_at and lease_until are epoch milliseconds, compared as numbers.
CREATE TABLE notice_outbox (
    id          ${identity},
    event_key   VARCHAR(200) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    period      VARCHAR(7)   NOT NULL,
    region      VARCHAR(40),
    channel     VARCHAR(20)  NOT NULL,
    address     VARCHAR(1000) NOT NULL,
    format      VARCHAR(20),
    title       TEXT         NOT NULL,
    body        TEXT         NOT NULL,
    link        VARCHAR(1000),
    state       VARCHAR(20)  NOT NULL,
    attempts    INTEGER      NOT NULL DEFAULT 0,
    next_at     BIGINT       NOT NULL,
    lease_until BIGINT,
    last_error  TEXT,
    created_at  VARCHAR(40)  NOT NULL,
    sent_at     VARCHAR(40),
    CONSTRAINT notice_once UNIQUE (event_key, channel, address)
);
CREATE INDEX notice_outbox_due ON notice_outbox (state, next_at);
