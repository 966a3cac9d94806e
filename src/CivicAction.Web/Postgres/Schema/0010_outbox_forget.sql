-- A person may delete their data while one of their messages is being sent. That row cannot be
-- blanked at once (a crash would then retry an empty message); it is marked, and blanked (or, if the
-- attempt failed, cancelled) as soon as the attempt's outcome is recorded.
ALTER TABLE outbox_messages ADD COLUMN forget BIGINT NOT NULL DEFAULT 0;
