-- Every enum is now stored as its member name in lower case (see Platform/Database/DbEnum.cs), so the few values
-- written with hyphens are renamed: a request's route and outcome, a reference dataset's name and date basis.
UPDATE foia_requests SET submitted_via = replace(submitted_via, '-', '') WHERE submitted_via LIKE '%-%';
UPDATE foia_requests SET outcome = replace(outcome, '-', '') WHERE outcome LIKE '%-%';

-- PostgreSQL changes a CHECK in place (SQLite rebuilds the table); the constraints carry PostgreSQL's own names.
ALTER TABLE reference_data DROP CONSTRAINT reference_data_dataset_check;
ALTER TABLE reference_data DROP CONSTRAINT reference_data_as_of_basis_check;
UPDATE reference_data SET dataset = replace(dataset, '-', ''), as_of_basis = replace(as_of_basis, '-', '');
ALTER TABLE reference_data ADD CONSTRAINT reference_data_dataset_check CHECK (dataset IN ('legislators', 'zipdistricts'));
ALTER TABLE reference_data ADD CONSTRAINT reference_data_as_of_basis_check CHECK (as_of_basis IN ('given', 'filedate'));
