-- Stored versions and the audit log are append-only: the database itself refuses to change or
-- remove a row, so no code path (or slip in an ad-hoc SQL session) can. Someone with the file can
-- still drop these triggers; the audit log's hash chain (verify-audit) is the check for that.
-- SQLite syntax; another database gets its own V3 in db/migration-<vendor>.
CREATE TRIGGER submission_no_update BEFORE UPDATE ON submission
BEGIN SELECT RAISE(ABORT, 'submission versions are never changed'); END;
CREATE TRIGGER submission_no_delete BEFORE DELETE ON submission
BEGIN SELECT RAISE(ABORT, 'submission versions are never removed'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER approval_no_update BEFORE UPDATE ON approval
BEGIN SELECT RAISE(ABORT, 'approvals are never changed'); END;
CREATE TRIGGER approval_no_delete BEFORE DELETE ON approval
BEGIN SELECT RAISE(ABORT, 'approvals are never removed'); END;
