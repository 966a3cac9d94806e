-- How many calls were made through the site, per call action and outcome: counts only. Nothing of the caller is
-- kept: no name, no address, no IP, no time of the call.
CREATE TABLE call_tallies (
    story_slug TEXT NOT NULL,
    action_number BIGINT NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('reachedstaff', 'leftvoicemail', 'busy', 'couldnotgetthrough')),
    count BIGINT NOT NULL CHECK (count >= 0),
    PRIMARY KEY (story_slug, action_number, outcome)
);

-- The one-time key of each counted call (one per member on one page view), so that pressing the same form again
-- counts nothing and a changed outcome moves the call rather than adding one. Kept two days, by the day only.
CREATE TABLE call_tally_keys (
    call_key TEXT PRIMARY KEY,
    story_slug TEXT NOT NULL,
    action_number BIGINT NOT NULL,
    outcome TEXT NOT NULL,
    day TEXT COLLATE "C" NOT NULL
);

CREATE INDEX call_tally_keys_day ON call_tally_keys (day);
