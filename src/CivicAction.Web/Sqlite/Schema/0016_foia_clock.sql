-- The FOIA clock runs from the agency's receipt, not from the day a request was sent (5 U.S.C. 552(a)(6)(A)).
-- submitted_on keeps its name and means the day the requester sent it (portal and e-mail: received that day too);
-- received_on is the receipt date the agency states, which always wins. A request that first reached the wrong office
-- starts the clock when the right one receives it, within ten days (text following 552(a)(6)(A)(ii)).
ALTER TABLE foia_requests ADD COLUMN received_on TEXT;
ALTER TABLE foia_requests ADD COLUMN misrouted INTEGER NOT NULL DEFAULT 0 CHECK (misrouted IN (0, 1));
ALTER TABLE foia_requests ADD COLUMN reached_right_office_on TEXT;

-- The agency's questions to the requester that pause the clock: its one request for information, and fee questions
-- (552(a)(6)(A)(ii)(I), (II)). answered_on is null while the agency awaits the answer.
CREATE TABLE foia_tolling (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES foia_requests (id),
    reason TEXT NOT NULL CHECK (reason IN ('information', 'feeclarification')),
    asked_on TEXT NOT NULL,
    answered_on TEXT
);

CREATE INDEX foia_tolling_request ON foia_tolling (request_id);

-- One open question per request: presses from two tabs, or two instances, record one.
CREATE UNIQUE INDEX foia_tolling_one_open ON foia_tolling (request_id) WHERE answered_on IS NULL;
