-- The controller's raises of one region's budget for one quarter (goalbook.submissions.QuarterBudgets):
-- the latest row counts; earlier rows stay as the record of who raised what and why.
CREATE TABLE budget_raise (
    id         ${identity},
    period     VARCHAR(7)   NOT NULL,
    region     VARCHAR(40)  NOT NULL,
    versions   INTEGER      NOT NULL CHECK (versions >= 1),
    megabytes  INTEGER      NOT NULL CHECK (megabytes >= 1),
    at         VARCHAR(40)  NOT NULL,
    actor      VARCHAR(200) NOT NULL,
    actor_id   VARCHAR(200),
    reason     TEXT         NOT NULL
);
CREATE INDEX budget_raise_period_region ON budget_raise (period, region, id);
