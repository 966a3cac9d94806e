-- Letters to members of Congress that a person asked the app to send for them ("send for me").
-- A set is one such request; its private page /letters/{token} is found by the SHA-256 of the
-- token, never by the token itself. The person's name, addresses and the letters' text are kept
-- only in the set's outbox messages (owner_key 'congress:<set id>'), so deleting the person's data
-- is one update there. Letters copied into contact forms, called in or e-mailed from the person's
-- own app never reach the server and leave no row here.
CREATE TABLE congress_letter_sets (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    story_slug TEXT NOT NULL,
    action_number INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    deleted_at TEXT                        -- when the person deleted their data
);

CREATE TABLE congress_letters (
    id INTEGER PRIMARY KEY,
    set_id INTEGER NOT NULL REFERENCES congress_letter_sets (id),
    bioguide_id TEXT NOT NULL,             -- not a foreign key: each legislators import replaces the members
    member_label TEXT NOT NULL,            -- "Senator Maria Cantwell", as the letter addressed them
    outbox_id INTEGER NOT NULL REFERENCES outbox_messages (id)
);

CREATE INDEX ix_congress_letters_set ON congress_letters (set_id);
