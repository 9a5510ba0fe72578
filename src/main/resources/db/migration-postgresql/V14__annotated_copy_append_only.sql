-- An annotated copy, once made, is what every later download gets: never changed, never removed (see V3).
CREATE TRIGGER annotated_copy_no_update BEFORE UPDATE ON annotated_copy
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('annotated copies are never changed');
CREATE TRIGGER annotated_copy_no_delete BEFORE DELETE ON annotated_copy
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('annotated copies are never removed');
CREATE TRIGGER annotated_copy_no_truncate BEFORE TRUNCATE ON annotated_copy
    FOR EACH STATEMENT EXECUTE FUNCTION goalbook_refuse_change('annotated copies are never removed');
