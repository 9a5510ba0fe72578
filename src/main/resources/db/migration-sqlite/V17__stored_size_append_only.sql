-- A stored size is counted once and stays what it was (see V16).
CREATE TRIGGER stored_size_no_update BEFORE UPDATE ON stored_size
BEGIN SELECT RAISE(ABORT, 'stored sizes are never changed'); END;
CREATE TRIGGER stored_size_no_delete BEFORE DELETE ON stored_size
BEGIN SELECT RAISE(ABORT, 'stored sizes are never removed'); END;
