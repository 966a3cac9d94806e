-- What the agency's answer said beside its outcome, as the requester records it from the determination letter: the
-- exemptions it cited (codes in the statute's order, "b5,b7c"), and whether it refused the fee category claimed, the
-- fee waiver or expedited processing. Each is a ground of appeal with a letter of its own.
ALTER TABLE foia_requests ADD COLUMN exemptions TEXT;
ALTER TABLE foia_requests ADD COLUMN fee_category_denied BIGINT NOT NULL DEFAULT 0 CHECK (fee_category_denied IN (0, 1));
ALTER TABLE foia_requests ADD COLUMN fee_waiver_denied BIGINT NOT NULL DEFAULT 0 CHECK (fee_waiver_denied IN (0, 1));
ALTER TABLE foia_requests ADD COLUMN expedited_denied BIGINT NOT NULL DEFAULT 0 CHECK (expedited_denied IN (0, 1));
