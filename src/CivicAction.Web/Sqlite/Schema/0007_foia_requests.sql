-- FOIA requests drafted in the app, each at a private address (only the token's hash is kept).
-- The request holds personal data (name, addresses, letter); deleting it removes the row and
-- blanks its outbox messages.
CREATE TABLE foia_requests (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    story_slug TEXT,
    action_number INTEGER,
    agency_key TEXT,
    agency_name TEXT NOT NULL,
    channel TEXT NOT NULL,                -- portal | email | mail | none (from the directory or the brief)
    destination TEXT,                     -- the portal address or the agency's FOIA e-mail; never typed by the requester
    form TEXT NOT NULL,                   -- the filled form (JSON)
    subject TEXT NOT NULL,
    letter TEXT NOT NULL,
    created_at TEXT NOT NULL,
    send_requested_at TEXT,               -- "send for me" pressed: confirmation e-mail queued
    submitted_on TEXT,                    -- the day the agency received it (portal, post, own e-mail, or our send)
    submitted_via TEXT,                   -- portal | email-app | post | sent-for-me
    tracking_number TEXT,
    acknowledged_on TEXT,
    unusual_circumstances INTEGER NOT NULL DEFAULT 0,
    answered_on TEXT,
    outcome TEXT                          -- granted | partly-denied | denied | no-records
);
