-- Reviews and goal comments are a record like approvals: never changed, never removed (see V3).
CREATE TRIGGER review_no_update BEFORE UPDATE ON review
BEGIN SELECT RAISE(ABORT, 'reviews are never changed'); END;
CREATE TRIGGER review_no_delete BEFORE DELETE ON review
BEGIN SELECT RAISE(ABORT, 'reviews are never removed'); END;
CREATE TRIGGER goal_comment_no_update BEFORE UPDATE ON goal_comment
BEGIN SELECT RAISE(ABORT, 'comments are never changed'); END;
CREATE TRIGGER goal_comment_no_delete BEFORE DELETE ON goal_comment
BEGIN SELECT RAISE(ABORT, 'comments are never removed'); END;
