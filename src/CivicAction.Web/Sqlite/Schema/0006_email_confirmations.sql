-- Before the app sends anything in someone's name, they confirm their e-mail address through a
-- link sent to it. One row per thing awaiting confirmation (a FOIA request, a set of letters);
-- only a hash of the link's token is stored.
CREATE TABLE email_confirmations (
    id INTEGER PRIMARY KEY,
    owner_key TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    confirmed_at TEXT
);

CREATE INDEX ix_email_confirmations_owner ON email_confirmations (owner_key);
