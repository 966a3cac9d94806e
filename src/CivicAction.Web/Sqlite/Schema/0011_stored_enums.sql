-- Every enum is now stored as its member name in lower case (see Platform/Database/DbEnum.cs), so the few values
-- written with hyphens are renamed: a request's route and outcome, a reference dataset's name and date basis.
UPDATE foia_requests SET submitted_via = replace(submitted_via, '-', '') WHERE submitted_via LIKE '%-%';
UPDATE foia_requests SET outcome = replace(outcome, '-', '') WHERE outcome LIKE '%-%';

-- reference_data's CHECK constraints name the old values; SQLite changes a constraint by rebuilding the table.
CREATE TABLE reference_data_new (
    dataset TEXT PRIMARY KEY CHECK (dataset IN ('legislators', 'zipdistricts')),
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
SELECT replace(dataset, '-', ''), source, source_path, file_date, as_of, replace(as_of_basis, '-', ''), row_count, detail, imported_at
FROM reference_data;

DROP TABLE reference_data;
ALTER TABLE reference_data_new RENAME TO reference_data;
