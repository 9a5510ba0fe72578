-- /health proves the database can take a write: it inserts one row here and rolls the insert back,
-- so this table stays empty (goalbook.submissions.Database#writeTrouble).
CREATE TABLE health_probe (
    filler ${bytes} NOT NULL
);
