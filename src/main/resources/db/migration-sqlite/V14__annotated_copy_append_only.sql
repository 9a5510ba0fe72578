-- An annotated copy, once made, is what every later download gets: never changed, never removed (see V3).
CREATE TRIGGER annotated_copy_no_update BEFORE UPDATE ON annotated_copy
BEGIN SELECT RAISE(ABORT, 'annotated copies are never changed'); END;
CREATE TRIGGER annotated_copy_no_delete BEFORE DELETE ON annotated_copy
BEGIN SELECT RAISE(ABORT, 'annotated copies are never removed'); END;
