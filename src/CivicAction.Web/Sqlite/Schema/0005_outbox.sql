-- The transactional outbox: a message is saved in the same transaction as the change that
-- causes it, then a background worker delivers it. State: held (waiting for the requester to
-- confirm their address) -> pending -> sending -> sent | failed. The Message-ID is fixed when
-- the message is saved, so every attempt (even after a crash between sending and recording)
-- carries the same one.
CREATE TABLE outbox_messages (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    purpose TEXT NOT NULL,                 -- confirmation | foia | congress
    owner_key TEXT,                        -- what the message belongs to, e.g. foia:12
    from_name TEXT NOT NULL,
    to_address TEXT NOT NULL,
    cc_address TEXT,
    reply_to TEXT,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('held', 'pending', 'sending', 'sent', 'failed', 'cancelled')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    locked_until TEXT,
    last_error TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
);

CREATE INDEX ix_outbox_due ON outbox_messages (state, next_attempt_at);
CREATE INDEX ix_outbox_owner ON outbox_messages (owner_key);
