-- Who acted is a token's stable id (goalbook.access.TokensFile); its label is for display only, as two
-- tokens may share a label. Stored rows are never rewritten: rows from before this migration keep the
-- label they were written with and have no id.
-- submission, approval, reference_data: actor stays the label shown in history and status; actor_id is new.
ALTER TABLE submission ADD COLUMN actor_id VARCHAR(200);
ALTER TABLE approval ADD COLUMN actor_id VARCHAR(200);
ALTER TABLE reference_data ADD COLUMN actor_id VARCHAR(200);
-- audit_log: actor (hash-chained) holds the token id from now on; actor_label is display only, outside the hash.
ALTER TABLE audit_log ADD COLUMN actor_label VARCHAR(200);
-- idempotency_key.actor holds the token id from now on, so each token has its own key space.
