-- What each office's web contact form asks for, from the unitedstates/contact-congress descriptions: reference data
-- that import-contact-forms replaces whole. Keyed by Bioguide ID without a foreign key, because the members are
-- replaced whole by their own import and a form must not vanish with them.
CREATE TABLE contact_forms (
    bioguide_id TEXT PRIMARY KEY,
    form_url TEXT NOT NULL,               -- http(s) only, see WebUrl: the description's first page
    fields TEXT NOT NULL,                 -- JSON list, in the form's order: variable, required, options (label, value), max length
    needs_person BIGINT NOT NULL CHECK (needs_person IN (0, 1)), -- a CAPTCHA or reCAPTCHA
    other_questions BIGINT NOT NULL,      -- required questions with a fixed answer (a reply wanted, say)
    last_changed DATE         -- ISO date of the description's last upstream change; NULL when not known
);

ALTER TABLE reference_data DROP CONSTRAINT reference_data_dataset_check;
ALTER TABLE reference_data ADD CONSTRAINT reference_data_dataset_check CHECK (dataset IN ('legislators', 'zipdistricts', 'contactforms'));
