-- Raises of a quarter's budget are a record like approvals: never changed, never removed (see V3).
CREATE TRIGGER budget_raise_no_update BEFORE UPDATE ON budget_raise
BEGIN SELECT RAISE(ABORT, 'budget raises are never changed'); END;
CREATE TRIGGER budget_raise_no_delete BEFORE DELETE ON budget_raise
BEGIN SELECT RAISE(ABORT, 'budget raises are never removed'); END;
