-- What the agency's answer said beside its outcome, as the requester records it from the determination letter: the
-- exemptions it cited (codes in the statute's order, "b5,b7c"), and whether it refused the fee category claimed, the
-- fee waiver or expedited processing. Each is a ground of appeal with a letter of its own.
ALTER TABLE foia_requests ADD COLUMN exemptions TEXT;
ALTER TABLE foia_requests ADD COLUMN fee_category_denied INTEGER NOT NULL DEFAULT 0 CHECK (fee_category_denied IN (0, 1));
ALTER TABLE foia_requests ADD COLUMN fee_waiver_denied INTEGER NOT NULL DEFAULT 0 CHECK (fee_waiver_denied IN (0, 1));
ALTER TABLE foia_requests ADD COLUMN expedited_denied INTEGER NOT NULL DEFAULT 0 CHECK (expedited_denied IN (0, 1));

-- "My requests" without passwords. A request is listed under its requester's e-mail address only when they opted in:
-- owner_email_hash is the SHA-256 of the address as typed, trimmed and in lower case (the form already holds the
-- address itself, for the letter); deleting the request deletes it. A link e-mailed on asking opens the list for a
-- day; only its token's hash is kept.
ALTER TABLE foia_requests ADD COLUMN owner_email_hash TEXT;
CREATE INDEX foia_requests_owner_email ON foia_requests (owner_email_hash) WHERE owner_email_hash IS NOT NULL;

CREATE TABLE foia_access_links (
    id INTEGER PRIMARY KEY,
    email_hash TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

-- Further private addresses of a request, made fresh when the person opens it from their list: the first one's
-- token is known only to its hash, so the list cannot link to it. Each works like the first, and goes with the request.
CREATE TABLE foia_request_tokens (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES foia_requests (id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

CREATE INDEX foia_request_tokens_request ON foia_request_tokens (request_id);
