-- A stored size is counted once and stays what it was (see V16).
CREATE TRIGGER stored_size_no_update BEFORE UPDATE ON stored_size
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('stored sizes are never changed');
CREATE TRIGGER stored_size_no_delete BEFORE DELETE ON stored_size
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('stored sizes are never removed');
CREATE TRIGGER stored_size_no_truncate BEFORE TRUNCATE ON stored_size
    FOR EACH STATEMENT EXECUTE FUNCTION goalbook_refuse_change('stored sizes are never removed');
