-- Stored versions, approvals and the audit log are append-only: the database itself refuses to change
-- or remove a row, as db/migration-sqlite/V3 does for SQLite. Someone with the owner's rights can
-- still drop these triggers; the audit log's hash chain (verify-audit) is the check for that.
CREATE FUNCTION goalbook_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER submission_no_update BEFORE UPDATE ON submission
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('submission versions are never changed');
CREATE TRIGGER submission_no_delete BEFORE DELETE ON submission
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('submission versions are never removed');
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('the audit log is append-only');
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('the audit log is append-only');
CREATE TRIGGER approval_no_update BEFORE UPDATE ON approval
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('approvals are never changed');
CREATE TRIGGER approval_no_delete BEFORE DELETE ON approval
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('approvals are never removed');
-- TRUNCATE skips row triggers: refuse it per statement as well.
CREATE TRIGGER submission_no_truncate BEFORE TRUNCATE ON submission
    FOR EACH STATEMENT EXECUTE FUNCTION goalbook_refuse_change('submission versions are never removed');
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION goalbook_refuse_change('the audit log is append-only');
CREATE TRIGGER approval_no_truncate BEFORE TRUNCATE ON approval
    FOR EACH STATEMENT EXECUTE FUNCTION goalbook_refuse_change('approvals are never removed');
