-- What the version history shows of each version (every goal's status at upload), written with the
-- version, so listing versions never reads their stored reports: its cost does not grow with the size
-- of old versions. Versions stored before this table existed get their row the first time the history
-- is listed (computed from their report, which itself is never changed).
CREATE TABLE submission_summary (
    submission_id BIGINT NOT NULL PRIMARY KEY,
    goals_json    TEXT   NOT NULL
);
