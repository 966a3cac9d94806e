-- What each office's web contact form asks for, from the unitedstates/contact-congress descriptions: reference data
-- that import-contact-forms replaces whole. Keyed by Bioguide ID without a foreign key, because the members are
-- replaced whole by their own import and a form must not vanish with them.
CREATE TABLE contact_forms (
    bioguide_id TEXT PRIMARY KEY,
    form_url TEXT NOT NULL,               -- http(s) only, see WebUrl: the description's first page
    fields TEXT NOT NULL,                 -- JSON list, in the form's order: variable, required, options (label, value), max length
    needs_person INTEGER NOT NULL CHECK (needs_person IN (0, 1)), -- a CAPTCHA or reCAPTCHA
    other_questions INTEGER NOT NULL,     -- required questions with a fixed answer (a reply wanted, say)
    last_changed TEXT                     -- ISO date of the description's last upstream change; NULL when not known
);

-- reference_data's CHECK names the datasets; SQLite changes a constraint by rebuilding the table.
CREATE TABLE reference_data_new (
    dataset TEXT PRIMARY KEY CHECK (dataset IN ('legislators', 'zipdistricts', 'contactforms')),
    source TEXT NOT NULL,
    source_path TEXT NOT NULL,
    file_date TEXT NOT NULL,
    as_of TEXT NOT NULL,
    as_of_basis TEXT NOT NULL CHECK (as_of_basis IN ('given', 'filedate')),
    row_count INTEGER NOT NULL,
    detail TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

INSERT INTO reference_data_new (dataset, source, source_path, file_date, as_of, as_of_basis, row_count, detail, imported_at)
SELECT dataset, source, source_path, file_date, as_of, as_of_basis, row_count, detail, imported_at
FROM reference_data;

DROP TABLE reference_data;
ALTER TABLE reference_data_new RENAME TO reference_data;
