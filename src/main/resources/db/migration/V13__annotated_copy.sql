-- The annotated copy of a version stored without one (a JSON submission): made on first request from
-- the original and the stored report, exactly as it would have been made at upload, then kept here so
-- every later download is the same bytes. A version stored with its copy (submission.annotated) has no row.
CREATE TABLE annotated_copy (
    submission_id BIGINT    NOT NULL PRIMARY KEY,
    bytes         ${bytes}  NOT NULL,
    created_at    VARCHAR(40) NOT NULL
);
