-- Reviews and goal comments are a record like approvals: never changed, never removed (see V3).
CREATE TRIGGER review_no_update BEFORE UPDATE ON review
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('reviews are never changed');
CREATE TRIGGER review_no_delete BEFORE DELETE ON review
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('reviews are never removed');
CREATE TRIGGER review_no_truncate BEFORE TRUNCATE ON review
    FOR EACH STATEMENT EXECUTE FUNCTION goalbook_refuse_change('reviews are never removed');
CREATE TRIGGER goal_comment_no_update BEFORE UPDATE ON goal_comment
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('comments are never changed');
CREATE TRIGGER goal_comment_no_delete BEFORE DELETE ON goal_comment
    FOR EACH ROW EXECUTE FUNCTION goalbook_refuse_change('comments are never removed');
CREATE TRIGGER goal_comment_no_truncate BEFORE TRUNCATE ON goal_comment
    FOR EACH STATEMENT EXECUTE FUNCTION goalbook_refuse_change('comments are never removed');
