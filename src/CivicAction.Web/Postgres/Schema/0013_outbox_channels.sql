-- A message leaves by e-mail (smtp) or is posted to Communicating with Congress (cwc). A CWC message's XML is
-- composed once, when the letter is held, and kept in payload, so every attempt posts the same DeliveryId; its
-- to_address is the member's CWC office code. Forgetting a message blanks payload with the other contents.
-- receipt keeps the reference the receiving system answered with, for the person's ledger.
ALTER TABLE outbox_messages ADD COLUMN channel TEXT NOT NULL DEFAULT 'smtp' CHECK (channel IN ('smtp', 'cwc'));
ALTER TABLE outbox_messages ADD COLUMN payload TEXT;
ALTER TABLE outbox_messages ADD COLUMN receipt TEXT;
