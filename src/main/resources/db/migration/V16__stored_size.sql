-- What each stored thing takes, in bytes, counted once as it is stored: a version (its original, the
-- annotated copy stored with it and its report) and an annotated copy made later. A region's budget
-- for a quarter (goalbook.storage.QuarterBudgets) is a sum over this table's index; it read the row of
-- every stored version instead, a cost that grew with the versions inside the transaction every upload
-- waits for. Rows are only added (see the append-only triggers), like the rows they count.
CREATE TABLE stored_size (
    submission_id BIGINT      NOT NULL,
    part          VARCHAR(20) NOT NULL,
    period        VARCHAR(7)  NOT NULL,
    region        VARCHAR(40) NOT NULL,
    bytes         BIGINT      NOT NULL CHECK (bytes >= 0),
    CONSTRAINT stored_size_once PRIMARY KEY (submission_id, part)
);
CREATE INDEX stored_size_period_region ON stored_size (period, region, part, bytes);

-- what was stored before this table existed, counted as the budget counted it then
INSERT INTO stored_size (submission_id, part, period, region, bytes)
    SELECT id, 'version', period, region, octet_length(original) + COALESCE(octet_length(annotated), 0) + octet_length(report_json)
    FROM submission;
INSERT INTO stored_size (submission_id, part, period, region, bytes)
    SELECT a.submission_id, 'annotated_copy', s.period, s.region, octet_length(a.bytes)
    FROM annotated_copy a JOIN submission s ON s.id = a.submission_id;
