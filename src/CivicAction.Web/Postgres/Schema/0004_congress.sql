-- Members of Congress, their district offices, and which congressional districts each ZIP
-- touches: reference data that import-legislators and import-zip-districts replace whole.
-- The same tables as on SQLite: dates are ISO text, as in 0001.

CREATE TABLE congress_members (
    bioguide_id TEXT PRIMARY KEY,         -- e.g. C000127, stable across terms
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,              -- the letter's salutation: "Senator Cantwell"
    middle_name TEXT,
    nickname TEXT,
    suffix TEXT,
    official_name TEXT NOT NULL,          -- name.official_full, else first + last (new members lack it)
    chamber TEXT NOT NULL CHECK (chamber IN ('rep', 'sen')),
    state TEXT NOT NULL,                  -- USPS code; DC, PR, GU, VI, AS, MP for House delegates
    district BIGINT,                     -- House only, 0 = at-large; NULL for senators
    party TEXT NOT NULL,
    phone TEXT,                           -- the Washington office
    address TEXT,                         -- the Washington office, full postal address
    office TEXT,                          -- building and room only (YAML source only)
    website_url TEXT,                     -- http(s) only, see WebUrl
    contact_form_url TEXT,                -- http(s) only; most House members have none
    term_end DATE,                        -- ISO date (YAML source only)
    senate_class BIGINT CHECK (senate_class IN (1, 2, 3)),
    state_rank TEXT CHECK (state_rank IN ('senior', 'junior')),
    CHECK ((chamber = 'sen' AND district IS NULL) OR (chamber = 'rep' AND district IS NOT NULL))
);

CREATE INDEX ix_congress_members_seat ON congress_members (state, chamber, district);

CREATE TABLE congress_district_offices (
    member_id TEXT NOT NULL REFERENCES congress_members (bioguide_id) ON DELETE CASCADE,
    position BIGINT NOT NULL,            -- 1, 2, ... in the order of the source file
    address TEXT,
    suite TEXT,
    building TEXT,
    city TEXT NOT NULL,
    state TEXT NOT NULL,
    zip TEXT,                             -- as written, ZIP or ZIP+4
    phone TEXT,
    PRIMARY KEY (member_id, position)
);

-- One row per (ZIP, state, district): 21% of ZIPs touch several districts and some touch
-- two states, so a lookup returns every row and lets the person choose.
CREATE TABLE zip_districts (
    zcta TEXT NOT NULL CHECK (length(zcta) = 5),   -- text: leading zeros matter (05401)
    state TEXT NOT NULL,
    district BIGINT NOT NULL,                      -- 0 = at-large
    PRIMARY KEY (zcta, state, district)
);

CREATE INDEX ix_zip_districts_seat ON zip_districts (state, district);

-- Where each reference dataset came from and how fresh it is: pages say "data as of ...".
CREATE TABLE reference_data (
    dataset TEXT PRIMARY KEY CHECK (dataset IN ('legislators', 'zip-districts')),
    source TEXT NOT NULL,                 -- the file names read, e.g. 'legislators-current.yaml, legislators-district-offices.yaml'
    source_path TEXT NOT NULL,            -- absolute path of the main file read (members; zccd.csv)
    file_date TIMESTAMPTZ NOT NULL,              -- last-modified time (UTC, ISO) of the newest file read
    as_of DATE NOT NULL,                  -- ISO date the data describes
    as_of_basis TEXT NOT NULL CHECK (as_of_basis IN ('given', 'file-date')), -- --as-of, or only the file's date
    row_count BIGINT NOT NULL,           -- rows of the dataset's main table (members; ZIP-district pairs)
    detail TEXT NOT NULL,                 -- every count in words, e.g. '537 members (100 senators, 437 House), 1312 district offices'
    imported_at TIMESTAMPTZ NOT NULL
);
