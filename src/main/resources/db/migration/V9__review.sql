-- The controller's review of a region's version (goalbook.submissions.ReviewStore): accepted or returned,
-- each decision a new row; the latest row for the region's latest version is its review state.
CREATE TABLE review (
    id         ${identity},
    period     VARCHAR(7)   NOT NULL,
    region     VARCHAR(40)  NOT NULL,
    version    INTEGER      NOT NULL,
    state      VARCHAR(20)  NOT NULL,
    reason     TEXT,
    override   TEXT,
    at         VARCHAR(40)  NOT NULL,
    actor      VARCHAR(200) NOT NULL,
    actor_id   VARCHAR(200)
);
CREATE INDEX review_period_region ON review (period, region, id);

-- The conversation about one goal of one region in one quarter, the controller's and the region's
-- entries in the order written; version is the region's latest version when the entry was written.
CREATE TABLE goal_comment (
    id              ${identity},
    period          VARCHAR(7)   NOT NULL,
    region          VARCHAR(40)  NOT NULL,
    goal_id         VARCHAR(100) NOT NULL,
    version         INTEGER,
    from_controller BOOLEAN      NOT NULL,
    text            TEXT         NOT NULL,
    at              VARCHAR(40)  NOT NULL,
    actor           VARCHAR(200) NOT NULL,
    actor_id        VARCHAR(200)
);
CREATE INDEX goal_comment_period_region ON goal_comment (period, region, id);
