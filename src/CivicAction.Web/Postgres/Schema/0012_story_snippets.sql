-- A bounded copy of each story's searchable parts, read for snippets only (as SQLite's 0012): ts_headline reads the
-- whole text it is given for every result, so it is given each part's first characters (headline 300, dek 600,
-- text 2,000, tags 300, cut after the last whole word; PostgresStorySearchIndex writes them, cut as on SQLite).
-- Matching and ranking use story_search over the full text. No story exists on PostgreSQL before this script (the
-- provider arrived after it), so there is nothing to copy here.
CREATE TABLE story_snippets (
    story_id BIGINT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    headline TEXT NOT NULL,
    dek TEXT NOT NULL,
    text TEXT NOT NULL,
    tags TEXT NOT NULL
);
