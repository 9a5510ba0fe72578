-- Raises of a quarter's budget are a record like approvals: never changed, never removed (see V3).
CREATE TRIGGER budget_raise_no_update BEFORE UPDATE ON budget_raise
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('budget raises are never changed');
CREATE TRIGGER budget_raise_no_delete BEFORE DELETE ON budget_raise
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('budget raises are never removed');
CREATE TRIGGER budget_raise_no_truncate BEFORE TRUNCATE ON budget_raise
    FOR EACH STATEMENT EXECUTE FUNCTION goalbook_refuse_change('budget raises are never removed');
